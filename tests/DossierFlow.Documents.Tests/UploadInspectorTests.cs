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
        Assert.Equal("application/pdf", Inspector.Inspect("ban-ky.pdf", "%PDF-1.7\n"u8.ToArray()));
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

    private const string PlainTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private static byte[] Docx(params (string Name, byte[] Content)[] extra) =>
        Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes)), ("word/document.xml", "<w:document/>"u8.ToArray()), .. extra]);

    private static (string, byte[]) Relationships(string part, string relationship) =>
        (part, Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationship + "</Relationships>"));

    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>Rewrites the uncompressed size every header declares for one entry, as a hand-made archive can.</summary>
    private static byte[] WithDeclaredSize(byte[] zip, string entryName, uint declared)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 3 && zip[i + 3] == 4;
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 1 && zip[i + 3] == 2;
            if (!local && !central) continue;
            var nameAt = local ? i + 30 : i + 46;
            if (nameAt + name.Length > zip.Length || !zip.AsSpan(nameAt, name.Length).SequenceEqual(name)) continue;
            BitConverter.TryWriteBytes(zip.AsSpan(local ? i + 22 : i + 24, 4), declared);
        }
        return zip;
    }

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();

    public static TheoryData<string, string, byte[]> Disguised() => new()
    {
        // A PDF's bytes under a name that a browser or Windows would run or render.
        { "upload-extension", "report.exe", Pdf },
        { "upload-extension", "chay.bat", Pdf },
        { "upload-extension", "ung-dung.hta", Pdf },
        { "upload-extension", "trang.html", Pdf },
        { "upload-extension", "ho-so", Pdf },
        { "upload-extension", "ho-so.pdf.", Pdf },
        { "upload-extension", "anh.png", Pdf },
        { "upload-extension", "to-trinh.pdf", Docx() },
        { "upload-extension", "anh.jpg", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0] },
        // Names that display as something else.
        { "upload-name", "hoso\u202Efdp.bat", Pdf },
        { "upload-name", "hoso\u202Etab.pdf", Pdf },
        { "upload-name", "ho\u200Eso.pdf", Pdf },
        { "upload-name", "ho\u200Fso.pdf", Pdf },
        { "upload-name", "ho\u2066so\u2069.pdf", Pdf },
        { "upload-name", "ho\u200Bso.pdf", Pdf },
        { "upload-name", "ho\u0085so.pdf", Pdf },
        // PDF active content, plain and with #xx-escaped names.
        { "upload-pdf-active", "mo.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"u8.ToArray() },
        { "upload-pdf-active", "js.pdf", "%PDF-1.7\n2 0 obj<</S/J#61vaScript/J#53(x)>>endobj"u8.ToArray() },
        { "upload-pdf-active", "chay.pdf", "%PDF-1.7\n2 0 obj<</S/Launch/F(cmd.exe)>>endobj"u8.ToArray() },
        { "upload-pdf-active", "kem.pdf", "%PDF-1.7\n1 0 obj<</Names<</EmbeddedFiles 3 0 R>>>>endobj"u8.ToArray() },
        { "upload-pdf-active", "kem1.pdf", "%PDF-1.7\n3 0 obj<</Type/#45mbeddedFile>>endobj"u8.ToArray() },
        { "upload-pdf-active", "media.pdf", "%PDF-1.7\n3 0 obj<</Subtype/RichMedia>>endobj"u8.ToArray() },
        { "upload-pdf-active", "aa.pdf", "%PDF-1.7\n3 0 obj<</AA<</O 4 0 R>>>>endobj"u8.ToArray() },
        // DOCX: external template, frames and objects; macros under other names.
        { "upload-docx-external", "mau.docx", Docx(Relationships("word/_rels/settings.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}attachedTemplate\" Target=\"http://evil.example/mau.dotm\" TargetMode=\"External\"/>")) },
        { "upload-docx-external", "khung.docx", Docx(Relationships("word/_rels/webSettings.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}frame\" Target=\"file://share/x.docx\" TargetMode=\"External\"/>")) },
        { "upload-docx-external", "ole.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}oleObject\" Target=\"\\\\share\\x.xls\" TargetMode=\"External\"/>")) },
        { "upload-docx-external", "lien-ket.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}hyperlink\" Target=\"file:///C:/Windows/System32/calc.exe\" TargetMode=\"External\"/>")) },
        { "upload-macro", "an.docx", Docx(("word/anh1.png", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])) },
        { "upload-macro", "an2.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"data.dat\"/>"), ("word/data.dat", [1, 2, 3])) },
        { "upload-macro", "an3.docx", Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes.Replace("</Types>",
            "<Override PartName=\"/word/khac.dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))), ("word/document.xml", "<w:document/>"u8.ToArray()), ("word/khac.dat", [1, 2, 3])) },
        // Archives that lie or nest.
        { "upload-archive-lying", "doi.docx", WithDeclaredSize(Docx(("word/media/a.xml", new byte[40_000])), "word/media/a.xml", 10) },
        { "upload-archive-nested", "long.docx", Docx(("word/media/image1.png", Zip(("a.txt", "x"u8.ToArray())))) },
        { "upload-archive-nested", "long7z.docx", Docx(("word/media/image2.png", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4])) },
        { "upload-archive-nested", "longrar.docx", Docx(("word/media/image3.png", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0])) },
        { "upload-archive-nested", "longgz.docx", Docx(("word/media/image4.png", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0])) },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public void Disguised_active_lying_or_nested_uploads_are_refused_with_their_reason(string code, string fileName, byte[] content)
    {
        var error = Assert.Throws<DomainException>(() => Inspector.Inspect(fileName, content));
        Assert.Equal(code, error.Code);
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) > error.Message.Length, "the message is Vietnamese");
    }

    [Fact]
    public void A_nested_archive_stored_uncompressed_that_expands_enormously_is_refused()
    {
        // The inner archive is small; what it holds would be 64 MB. Stored without compression, the outer entry's
        // own ratio is 1, so only recognising the nested archive stops it.
        var inner = Zip(("zeros.bin", new byte[64 * 1024 * 1024]));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes, level) in new[] { ("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes), CompressionLevel.Optimal),
                         ("word/document.xml", "<w:document/>"u8.ToArray(), CompressionLevel.Optimal), ("word/embeddings/data.bin", inner, CompressionLevel.NoCompression) })
                using (var entry = zip.CreateEntry(name, level).Open()) entry.Write(bytes);
        }
        var error = Assert.Throws<DomainException>(() => Inspector.Inspect("long-lon.docx", stream.ToArray()));
        Assert.Equal("upload-archive-nested", error.Code);
    }

    [Fact]
    public void A_docx_whose_directory_understates_sizes_is_refused_before_expanding_past_the_cap()
    {
        // Declared 1 KB, really 150 MB of zeros: reading stops at the declared size and refuses, it never expands it all.
        var zip = WithDeclaredSize(Docx(("word/media/a.xml", new byte[150 * 1024 * 1024])), "word/media/a.xml", 1024);
        var inspector = new UploadInspector(maxBytes: 20 * 1024 * 1024);
        var error = Assert.Throws<DomainException>(() => inspector.Inspect("doi-lon.docx", zip));
        Assert.Equal("upload-archive-lying", error.Code);
    }

    [Fact]
    public void Web_links_in_a_docx_and_a_plain_pdf_stay_accepted()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Inspector.Inspect("lien-ket.docx", Docx(
            Relationships("word/_rels/document.xml.rels",
                $"<Relationship Id=\"rId1\" Type=\"{Rel}hyperlink\" Target=\"https://thuvienphapluat.vn/\" TargetMode=\"External\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{Rel}hyperlink\" Target=\"mailto:vanthu@example.vn\" TargetMode=\"External\"/>"))));
        // Names that merely contain the tokens' letters are not the tokens.
        Assert.Equal("application/pdf", Inspector.Inspect("Hồ sơ khen thưởng.PDF", "%PDF-1.7\n<</Type/JSON/AAA 1/Title(JavaScript)>>"u8.ToArray()));
        Assert.Equal("image/jpeg", Inspector.Inspect("anh.JPEG", [0xFF, 0xD8, 0xFF, 0xE0]));
    }
}
