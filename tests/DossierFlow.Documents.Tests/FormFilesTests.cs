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
        Assert.Equal(["bao-cao-thanh-tich-mau-07", "bao-cao-thanh-tich-nd152", "bao-cao-thanh-tich-nd98-ho-gia-dinh", "bao-cao-thanh-tich-nd98-mau-02",
            "bao-cao-thanh-tich-nd98-mau-03", "bao-cao-tong-hop-phong-trao", "bien-ban-hoi-dong", "danh-sach-de-nghi", "phieu-bau", "phieu-tiep-nhan", "quyet-dinh-khen-thuong", "to-trinh",
            "to-trinh-so-noi-vu", "to-trinh-trung-uong"],
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

    [Theory]
    [InlineData("valid-from: 2025-07-01", "valid-from: 01/07/2025", "bao-cao-thanh-tich-nd152.yaml:11:13: '01/07/2025' is not a date written yyyy-MM-dd")]
    [InlineData("valid-from: 2025-07-01", "valid-from: 2025-02-30", "bao-cao-thanh-tich-nd152.yaml:11:13: '2025-02-30' is not a date")]
    [InlineData("valid-from: 2025-07-01", "valid-from: 2025-07-01\nvalid-until: 2025-06-30", "bao-cao-thanh-tich-nd152.yaml:12:14: valid-until 2025-06-30 is before valid-from 2025-07-01")]
    [InlineData("nominee-kinds: [collective]", "nominee-kinds: [colective]", "nominee-kinds: unknown nominee kind 'colective'")]
    public void A_wrong_validity_window_is_refused_where_it_is_written(string find, string replace, string message)
    {
        var file = message.Contains("nominee-kinds") ? "bao-cao-thanh-tich-nd98-mau-02.yaml" : "bao-cao-thanh-tich-nd152.yaml";
        var text = File.ReadAllText(Path.Combine(Folder, file));
        Assert.Contains(find, text);
        var (form, problems) = FormFiles.Parse(file, text.Replace(find, replace));
        Assert.Null(form);
        Assert.Contains(problems, p => p.StartsWith(message, StringComparison.Ordinal) || p.Contains(message));
    }

    [Fact]
    public void Two_forms_of_one_document_in_force_on_the_same_day_leave_the_later_file_out_with_where_it_starts()
    {
        var folder = Directory.CreateTempSubdirectory("dossierflow-forms-").FullName;
        foreach (var file in Directory.GetFiles(Folder, "*.yaml")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        // NĐ 98/2023's individual form stretched into the first month of NĐ 152/2025.
        var path = Path.Combine(folder, "bao-cao-thanh-tich-nd98-mau-03.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("valid-until: 2025-06-30", "valid-until: 2025-07-31"));
        var (forms, problems) = FormFiles.Read(folder);
        Directory.Delete(folder, recursive: true);
        var problem = Assert.Single(problems);
        Assert.StartsWith("bao-cao-thanh-tich-nd98-mau-03.yaml:12:13: document 'bao-cao-thanh-tich-mau-07' for individual is already filled by "
            + "bao-cao-thanh-tich-nd152.yaml on some of the same days", problem);
        Assert.DoesNotContain(forms, f => f.Code == "bao-cao-thanh-tich-nd98-mau-03");
        Assert.Contains(forms, f => f.Code == "bao-cao-thanh-tich-nd152");
    }

    [Theory]
    [InlineData("2023-12-31", "individual", "bao-cao-thanh-tich-mau-07")]
    [InlineData("2023-12-31", "household", "bao-cao-thanh-tich-mau-07")]
    [InlineData("2024-01-01", "collective", "bao-cao-thanh-tich-nd98-mau-02")]
    [InlineData("2025-03-15", "individual", "bao-cao-thanh-tich-nd98-mau-03")]
    [InlineData("2025-06-30", "household", "bao-cao-thanh-tich-nd98-ho-gia-dinh")]
    [InlineData("2025-07-01", "individual", "bao-cao-thanh-tich-nd152")]
    [InlineData("2025-07-10", "collective", "bao-cao-thanh-tich-nd152")]
    [InlineData("2026-12-02", "household", "bao-cao-thanh-tich-nd152")]
    public void The_achievement_report_form_is_the_one_of_the_law_in_force_on_the_date(string date, string nomineeKind, string code)
    {
        var (forms, _) = FormFiles.Read(Folder);
        var catalog = new FormCatalog();
        catalog.Replace(forms, []);
        Assert.Equal(code, catalog.InForce("bao-cao-thanh-tich-mau-07", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), nomineeKind)?.Code);
        Assert.Equal("to-trinh", catalog.InForce("to-trinh", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Code);
    }
}
