using System.Text;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Tests.Shared.Uploads;

namespace DossierFlow.Documents.Tests;

public class UploadInspectorTests
{
    private const int MaxBytes = 1024 * 1024;
    private static readonly UploadInspector Inspector = new(MaxBytes);

    [Fact]
    public void A_generated_docx_pdf_png_and_jpeg_are_accepted_by_content()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Inspector.Inspect("to-trinh.docx", RenderingTests.Render("to-trinh", NomineeKind.Collective)));
        Assert.Equal("application/pdf", Inspector.Inspect("ban-ky.pdf", "%PDF-1.7\n"u8.ToArray()));
        Assert.Equal("image/png", Inspector.Inspect("anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal("image/jpeg", Inspector.Inspect("anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0]));
    }

    public static TheoryData<string, string, byte[]> Refused()
    {
        var data = new TheoryData<string, string, byte[]>();
        foreach (var sample in UploadCorpus.Refused(MaxBytes)) data.Add(sample.RefusedAs!, sample.FileName, sample.Content);
        return data;
    }

    /// <summary>The upload corpus (shared with the web test that uploads it over HTTP): each refused with its own reason.</summary>
    [Theory]
    [MemberData(nameof(Refused))]
    public void Each_dangerous_disguised_or_unknown_upload_is_refused_with_its_reason(string code, string fileName, byte[] content)
    {
        var error = Assert.Throws<DomainException>(() => Inspector.Inspect(fileName, content));
        Assert.Equal(code, error.Code);
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) > error.Message.Length, "the message is Vietnamese");
    }

    public static TheoryData<string, byte[]> Accepted()
    {
        var data = new TheoryData<string, byte[]>();
        foreach (var sample in UploadCorpus.Accepted()) data.Add(sample.FileName, sample.Content);
        return data;
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plain_files_of_each_kind_stay_accepted(string fileName, byte[] content) =>
        Assert.NotEmpty(Inspector.Inspect(fileName, content));

    [Fact]
    public void A_docx_whose_directory_understates_sizes_is_refused_before_expanding_past_the_cap()
    {
        // Declared 1 KB, really 150 MB of zeros: reading stops at the declared size and refuses, it never expands it all.
        var zip = UploadCorpus.WithDeclaredSize(UploadCorpus.Docx(("word/media/a.xml", new byte[150 * 1024 * 1024])), "word/media/a.xml", 1024);
        var inspector = new UploadInspector(maxBytes: 20 * 1024 * 1024);
        var error = Assert.Throws<DomainException>(() => inspector.Inspect("doi-lon.docx", zip));
        Assert.Equal("upload-archive-lying", error.Code);
    }
}
