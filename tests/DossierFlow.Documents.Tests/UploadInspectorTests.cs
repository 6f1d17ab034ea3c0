using System.IO.Compression;
using System.Text;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

public class UploadInspectorTests
{
    private static readonly UploadInspector Inspector = new(maxBytes: 1024 * 1024);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open()) entry.Write(content);
        return stream.ToArray();
    }

    [Fact]
    public void A_generated_docx_pdf_png_and_jpeg_are_accepted_by_content()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Inspector.Inspect("to-trinh.docx", RenderingTests.Render("to-trinh", NomineeKind.Collective)));
        Assert.Equal("application/pdf", Inspector.Inspect("ban-ky.bin", "%PDF-1.7\n"u8.ToArray()));
        Assert.Equal("image/png", Inspector.Inspect("anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal("image/jpeg", Inspector.Inspect("anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0]));
    }

    public static TheoryData<string, string, byte[]> Refused() => new()
    {
        { "upload-executable", "to-trinh.pdf", [0x4D, 0x5A, 0x90, 0x00] },
        { "upload-executable", "bao-cao.docx", "\u007FELF\u0002"u8.ToArray() },
        { "upload-type", "ghi-chu.pdf", "chỉ là văn bản"u8.ToArray() },
        { "upload-legacy-office", "cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1] },
        { "upload-macro", "macro.docx", Zip(("[Content_Types].xml", "<Types><Default ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"u8.ToArray()),
            ("word/document.xml", "<w:document/>"u8.ToArray()), ("word/vbaProject.bin", [1, 2, 3])) },
        { "upload-archive", "tai-lieu.zip", Zip(("a.txt", "xin chào"u8.ToArray())) },
        { "upload-archive-bomb", "bom.docx", Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[50 * 1024 * 1024])) },
        { "upload-archive-path", "leo.docx", Zip(("../../etc/passwd", "x"u8.ToArray())) },
        { "upload-malformed", "hong.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5] },
        { "upload-name", "../../to-trinh.pdf", "%PDF-1.7"u8.ToArray() },
        { "upload-name", "C:\\to-trinh.pdf", "%PDF-1.7"u8.ToArray() },
        { "upload-too-large", "lon.pdf", [.. "%PDF-1.7"u8.ToArray(), .. new byte[2 * 1024 * 1024]] },
        { "upload-empty", "rong.pdf", [] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Each_dangerous_or_unknown_upload_is_refused_with_its_reason(string code, string fileName, byte[] content)
    {
        var error = Assert.Throws<DomainException>(() => Inspector.Inspect(fileName, content));
        Assert.Equal(code, error.Code);
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) > error.Message.Length, "the message is Vietnamese");
    }
}
