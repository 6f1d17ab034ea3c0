using System.Text;

namespace DossierFlow.Documents;

/// <summary>
/// Refuses a PDF that names active content (scripts, actions run on opening, launched programs, embedded files,
/// rich media). This is a scan of the raw bytes for PDF name tokens, with their #xx escapes decoded, not a PDF
/// parser: a name inside a compressed object stream is not seen.
/// </summary>
internal static class PdfActiveContent
{
    private static readonly HashSet<string> ActiveNames =
        ["JavaScript", "JS", "OpenAction", "AA", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia"];

    public static string Check(byte[] content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'/') continue;
            var name = ReadName(content, i + 1);
            if (ActiveNames.Contains(name))
                throw UploadInspector.Refuse("upload-pdf-active",
                    $"Tệp PDF chứa nội dung chủ động (/{name}: mã lệnh, hành động tự chạy hoặc tệp đính kèm bên trong), không được tải lên; hãy in lại thành PDF thường.");
        }
        return "application/pdf";
    }

    /// <summary>The name after a '/', up to a delimiter or white space, with each #xx replaced by its byte.</summary>
    private static string ReadName(byte[] content, int start)
    {
        var name = new StringBuilder();
        for (var i = start; i < content.Length && name.Length <= 32; i++)
        {
            var b = content[i];
            if (IsDelimiterOrSpace(b)) break;
            if (b == (byte)'#' && i + 2 < content.Length && IsHex(content[i + 1]) && IsHex(content[i + 2]))
            {
                name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(content, i + 1, 2), 16));
                i += 2;
            }
            else name.Append((char)b);
        }
        return name.ToString();
    }

    private static bool IsDelimiterOrSpace(byte b) =>
        b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}'
            or (byte)'/' or (byte)'%' or 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
