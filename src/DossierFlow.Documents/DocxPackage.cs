using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;

namespace DossierFlow.Documents;

/// <summary>
/// Accepts a ZIP only as a plain Word document: every entry is really decompressed (capped) so the directory
/// cannot lie about sizes, no entry is itself an archive or an OLE/macro container, and no relationship reaches
/// outside the file except a web or mail hyperlink.
/// </summary>
internal static class DocxPackage
{
    private const long MaxExpandedBytes = 100L * 1024 * 1024;
    private const int MaxExpansionRatio = 100, MaxEntries = 2000, MaxXmlPartBytes = 4 * 1024 * 1024;

    // ZIP (also the empty-archive and spanned markers), RAR, 7z, gzip, bzip2, xz, Microsoft CAB.
    private static readonly byte[][] ArchiveSignatures =
    [
        [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08], [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07],
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], [0x1F, 0x8B], [0x42, 0x5A, 0x68], [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],
        [0x4D, 0x53, 0x43, 0x46],
    ];

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public static string Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw Refuse("upload-archive-bomb", "Tệp nén chứa quá nhiều thành phần.");
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith('/') || entry.FullName.Contains("..") || entry.FullName.Contains('\\'))
                    throw Refuse("upload-archive-path", "Tệp nén chứa đường dẫn không hợp lệ.");
                declared += entry.Length;
                if (declared > MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxExpansionRatio))
                    throw Refuse("upload-archive-bomb", "Tệp nén giãn ra quá lớn khi giải nén, không được tải lên.");
            }
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains("word/document.xml"))
                throw Refuse("upload-archive", "Tệp nén không được nhận; chỉ nhận văn bản Word .docx.");

            if (ZipDeclaredSizes.FirstLie(content) is { } lying)
                throw Refuse("upload-archive-lying", $"Tệp nén khai sai kích thước của thành phần {lying}, không được tải lên.");

            var xmlParts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                var isXml = entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                var head = ReadAll(entry, isXml ? xmlParts : null);
                if (ArchiveSignatures.Any(s => head.AsSpan().StartsWith(s)))
                    throw Refuse("upload-archive-nested", $"Văn bản Word chứa một tệp nén lồng bên trong ({entry.FullName}), không được tải lên.");
                if (head.AsSpan().StartsWith(OleSignature) || entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                    throw Macro();
            }

            var types = Encoding.UTF8.GetString(xmlParts["[Content_Types].xml"]);
            if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
                || types.Contains("vbaData", StringComparison.OrdinalIgnoreCase))
                throw Macro();
            foreach (var (part, bytes) in xmlParts.Where(p => p.Key.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                CheckRelationships(part, bytes);
            return IDocumentRenderer.DocxContentType;
        }
        catch (InvalidDataException)
        {
            throw Refuse("upload-malformed", "Tệp Word bị hỏng hoặc không đúng định dạng .docx.");
        }
        catch (XmlException)
        {
            throw Refuse("upload-malformed", "Tệp Word bị hỏng hoặc không đúng định dạng .docx.");
        }
    }

    /// <summary>
    /// Decompresses the entry, never past what its header declares: more or fewer bytes than declared means the
    /// directory lies. Returns the first bytes, and keeps the whole of an XML part that is asked for.
    /// </summary>
    private static byte[] ReadAll(ZipArchiveEntry entry, Dictionary<string, byte[]>? keep)
    {
        if (keep is not null && entry.Length > MaxXmlPartBytes)
            throw Refuse("upload-archive-bomb", "Tệp nén giãn ra quá lớn khi giải nén, không được tải lên.");
        using var stream = entry.Open();
        var whole = keep is null ? null : new MemoryStream();
        var buffer = new byte[81920];
        var head = new byte[8];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, entry.Length - total + 1))) > 0)
        {
            if (total < head.Length) buffer.AsSpan(0, (int)Math.Min(read, head.Length - total)).CopyTo(head.AsSpan((int)total));
            whole?.Write(buffer, 0, read);
            total += read;
            if (total > entry.Length) break;
        }
        if (total != entry.Length)
            throw Refuse("upload-archive-lying", $"Tệp nén khai sai kích thước của thành phần {entry.FullName}, không được tải lên.");
        if (whole is not null) keep![entry.FullName] = whole.ToArray();
        return head[..(int)Math.Min(total, head.Length)];
    }

    /// <summary>
    /// An external target is allowed only for a hyperlink to http, https or mailto: a template, frame, OLE object
    /// or sub-document fetched from elsewhere runs or leaks when the file is opened.
    /// </summary>
    private static void CheckRelationships(string part, byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        foreach (var relationship in XDocument.Load(reader).Descendants().Where(e => e.Name.LocalName == "Relationship"))
        {
            var type = (string?)relationship.Attribute("Type") ?? "";
            var target = ((string?)relationship.Attribute("Target") ?? "").Trim();
            if (type.EndsWith("/vbaProject", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/wordVbaData", StringComparison.OrdinalIgnoreCase))
                throw Macro();
            if (!string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
            var webLink = type.EndsWith("/hyperlink", StringComparison.Ordinal)
                && (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
            if (!webLink)
                throw Refuse("upload-docx-external",
                    $"Văn bản Word tham chiếu đến tệp bên ngoài ({type[(type.LastIndexOf('/') + 1)..]} → {Shorten(target)}), ví dụ mẫu .dotm hoặc đối tượng nhúng; hãy lưu lại văn bản không có liên kết đó.");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static DomainException Macro() =>
        Refuse("upload-macro", "Văn bản Word có chứa macro hoặc đối tượng nhúng (OLE), không được tải lên; hãy lưu lại dưới dạng .docx thường hoặc PDF.");

    private static DomainException Refuse(string code, string message) => UploadInspector.Refuse(code, message);
}
