using DossierFlow.Application.Forms;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Documents.Tests;

public class FormFilesTests
{
    public static readonly string Folder = RepositoryRoot.Combine("forms");

    [Fact]
    public void Every_form_in_the_folder_loads_without_problems()
    {
        var (forms, problems) = FormFiles.Read(Folder);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(["bao-cao-thanh-tich-mau-07", "bien-ban-hoi-dong", "danh-sach-de-nghi", "phieu-tiep-nhan", "quyet-dinh-khen-thuong", "to-trinh",
            "to-trinh-trung-uong"],
            forms.Select(f => f.Code).Order());
    }

    [Fact]
    public void Every_form_keeps_its_legal_basis_and_says_what_is_unverified()
    {
        var (forms, _) = FormFiles.Read(Folder);
        Assert.All(forms, f => Assert.False(string.IsNullOrWhiteSpace(f.LegalBasis)));
        Assert.All(forms.Where(f => !f.OfficialLayoutVerified), f => Assert.False(string.IsNullOrWhiteSpace(f.Note)));
    }

    [Theory]
    [InlineData("layout: nd30", "layout: fancy", "unknown layout 'fancy'")]
    [InlineData("{ kind: paragraphs, field: content }", "{ kind: paragraphs, field: contents }", "names unknown field 'contents'")]
    [InlineData("{ kind: nominee-summary }", "{ kind: nominee-summery }", "unknown kind 'nominee-summery'")]
    [InlineData("symbol: TTr", "symbol: \"\"", "missing 'symbol'")]
    public void A_broken_form_is_refused_with_a_plain_message(string find, string replace, string message)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "to-trinh.yaml")).Replace(find, replace);
        var (form, problems) = FormFiles.Parse("to-trinh.yaml", text);
        Assert.Null(form);
        Assert.Contains(problems, p => p.Contains(message));
    }
}
