using System.IO.Compression;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;

namespace DossierFlow.Documents;

/// <summary>
/// Accepts PDF, DOCX, PNG and JPEG as recognised from their first bytes and, for DOCX, from the package inside;
/// refuses anything else with a message saying why. Nothing is stored before this has passed.
/// </summary>
public sealed class UploadInspector(int maxBytes) : IUploadInspector
{
    private const long MaxExpandedBytes = 100L * 1024 * 1024;
    private const int MaxExpansionRatio = 100, MaxEntries = 2000;

    public string Inspect(string fileName, byte[] content)
    {
        CheckName(fileName);
        if (content.Length == 0) throw Refuse("upload-empty", "Tệp rỗng.");
        if (content.Length > maxBytes) throw Refuse("upload-too-large", $"Tệp lớn hơn giới hạn {maxBytes / 1024 / 1024} MB.");
        return content switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",                 // %PDF-
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x50, 0x4B, 0x03, 0x04, ..] => InspectPackage(content),                  // ZIP: must be a plain .docx
            [0x4D, 0x5A, ..] or [0x7F, 0x45, 0x4C, 0x46, ..] or [0x23, 0x21, ..] =>   // MZ, ELF, #!
                throw Refuse("upload-executable", "Tệp là chương trình thực thi (dù mang tên khác), không được tải lên."),
            [0xD0, 0xCF, 0x11, 0xE0, ..] =>
                throw Refuse("upload-legacy-office", "Tệp Office định dạng cũ (.doc/.xls) có thể chứa macro; hãy lưu lại dưới dạng .docx hoặc PDF."),
            _ => throw Refuse("upload-type", "Chỉ nhận tệp PDF, DOCX, PNG hoặc JPEG (nhận biết theo nội dung tệp, không theo tên)."),
        };
    }

    private static void CheckName(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.IndexOfAny(['/', '\\', ':']) >= 0 || fileName.Contains("..")
            || fileName.Any(char.IsControl) || fileName.Length > 200)
            throw Refuse("upload-name", "Tên tệp không hợp lệ (không được chứa đường dẫn, dấu : hoặc ký tự điều khiển, tối đa 200 ký tự).");
    }

    private static string InspectPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw Refuse("upload-archive-bomb", "Tệp nén chứa quá nhiều thành phần.");
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith('/') || entry.FullName.Contains("..") || entry.FullName.Contains('\\'))
                    throw Refuse("upload-archive-path", "Tệp nén chứa đường dẫn không hợp lệ.");
                expanded += entry.Length;
                if (expanded > MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxExpansionRatio))
                    throw Refuse("upload-archive-bomb", "Tệp nén giãn ra quá lớn khi giải nén, không được tải lên.");
            }
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains("word/document.xml"))
                throw Refuse("upload-archive", "Tệp nén không được nhận; chỉ nhận văn bản Word .docx.");
            using var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open());
            var types = reader.ReadToEnd();
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) || types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                throw Refuse("upload-macro", "Văn bản Word có chứa macro (.docm) không được tải lên; hãy lưu lại dưới dạng .docx hoặc PDF.");
            return IDocumentRenderer.DocxContentType;
        }
        catch (InvalidDataException)
        {
            throw Refuse("upload-malformed", "Tệp Word bị hỏng hoặc không đúng định dạng .docx.");
        }
    }

    private static DomainException Refuse(string code, string message) => new(code, message);
}
