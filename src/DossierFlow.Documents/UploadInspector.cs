using System.Globalization;
using System.IO.Compression;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;

namespace DossierFlow.Documents;

/// <summary>
/// Accepts PDF, DOCX, PNG and JPEG as recognised from their first bytes and, for DOCX, from the package inside;
/// the file name's extension must agree with what the bytes are. Refuses anything else with a message saying why.
/// Nothing is stored before this has passed.
/// </summary>
public sealed class UploadInspector(int maxBytes) : IUploadInspector
{
    private static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["application/pdf"] = [".pdf"],
        ["image/png"] = [".png"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        [IDocumentRenderer.DocxContentType] = [".docx"],
    };

    public string Inspect(string fileName, byte[] content)
    {
        CheckName(fileName);
        if (content.Length == 0) throw Refuse("upload-empty", "Tệp rỗng.");
        if (content.Length > maxBytes) throw Refuse("upload-too-large", $"Tệp lớn hơn giới hạn {maxBytes / 1024 / 1024} MB.");
        var type = content switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => PdfActiveContent.Check(content),      // %PDF-
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x50, 0x4B, 0x03, 0x04, ..] => DocxPackage.Check(content),                  // ZIP: must be a plain .docx
            [0x4D, 0x5A, ..] or [0x7F, 0x45, 0x4C, 0x46, ..] or [0x23, 0x21, ..] =>   // MZ, ELF, #!
                throw Refuse("upload-executable", "Tệp là chương trình thực thi (dù mang tên khác), không được tải lên."),
            [0xD0, 0xCF, 0x11, 0xE0, ..] =>
                throw Refuse("upload-legacy-office", "Tệp Office định dạng cũ (.doc/.xls) có thể chứa macro; hãy lưu lại dưới dạng .docx hoặc PDF."),
            _ => throw Refuse("upload-type", "Chỉ nhận tệp PDF, DOCX, PNG hoặc JPEG (nhận biết theo nội dung tệp, không theo tên)."),
        };
        // A PDF named report.exe or page.html would be opened by whatever the name says once downloaded.
        var expected = Extensions[type];
        if (!expected.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
            throw Refuse("upload-extension", $"Đuôi tên tệp không khớp với nội dung: nội dung là {Describe(type)}, tên tệp phải kết thúc bằng {string.Join(" hoặc ", expected)}.");
        return type;
    }

    private static string Describe(string type) => type switch
    {
        "application/pdf" => "PDF",
        "image/png" => "ảnh PNG",
        "image/jpeg" => "ảnh JPEG",
        _ => "văn bản Word .docx",
    };

    private static void CheckName(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.IndexOfAny(['/', '\\', ':']) >= 0 || fileName.Contains("..")
            || fileName.Any(char.IsControl) || fileName.Length > 200)
            throw Refuse("upload-name", "Tên tệp không hợp lệ (không được chứa đường dẫn, dấu : hoặc ký tự điều khiển, tối đa 200 ký tự).");
        // Format characters (bidirectional marks and overrides, zero-width characters) make a name display as
        // something else: "hoso\u202Etab.pdf" shows as "hosofdp.bat".
        if (fileName.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
            throw Refuse("upload-name", "Tên tệp chứa ký tự định dạng ẩn (đổi chiều chữ hoặc ký tự vô hình) khiến tên hiển thị sai; hãy đặt lại tên tệp.");
    }

    internal static DomainException Refuse(string code, string message) => new(code, message);
}
