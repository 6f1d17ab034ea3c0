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

    // The rows carry the sample's place in the corpus, not its bytes: xUnit serialises theory arguments for discovery
    // element by element, and the oversized sample alone (2 MB) made discovery take minutes on a loaded machine.
    private static readonly IReadOnlyList<UploadSample> RefusedSamples = [.. UploadCorpus.Refused(MaxBytes)];
    private static readonly IReadOnlyList<UploadSample> AcceptedSamples = [.. UploadCorpus.Accepted()];

    public static TheoryData<string, string, int> Refused()
    {
        var data = new TheoryData<string, string, int>();
        for (var i = 0; i < RefusedSamples.Count; i++) data.Add(RefusedSamples[i].RefusedAs!, RefusedSamples[i].FileName, i);
        return data;
    }

    /// <summary>The upload corpus (shared with the web test that uploads it over HTTP): each refused with its own reason.</summary>
    [Theory]
    [MemberData(nameof(Refused))]
    public void Each_dangerous_disguised_or_unknown_upload_is_refused_with_its_reason(string code, string fileName, int sample)
    {
        var content = RefusedSamples[sample].Content;
        var error = Assert.Throws<DomainException>(() => Inspector.Inspect(fileName, content));
        Assert.Equal(code, error.Code);
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) > error.Message.Length, "the message is Vietnamese");
    }

    public static TheoryData<string, int> Accepted()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < AcceptedSamples.Count; i++) data.Add(AcceptedSamples[i].FileName, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plain_files_of_each_kind_stay_accepted(string fileName, int sample) =>
        Assert.NotEmpty(Inspector.Inspect(fileName, AcceptedSamples[sample].Content));

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
