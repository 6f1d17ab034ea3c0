using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>Forms of a dossier through the API: saved as data, generated as versions, numbered once, exported as a bundle.</summary>
public class FormTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<HttpResponseMessage> GenerateAsync(HttpClient client, Guid dossier, string code, bool number, Guid? nominee = null)
    {
        var revision = (await Api.DossierAsync(client, dossier)).GetProperty("revision").GetInt32();
        return await client.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/{code}/documents", new { revision, assignNumber = number, nomineeId = nominee });
    }

    [Fact]
    public async Task A_clerk_fills_the_to_trinh_generates_a_draft_then_a_numbered_version_and_both_are_kept()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var clerk = await SignIn.AsAsync(app, "canbo.syt");

        var incomplete = await GenerateAsync(clerk, dossier, "to-trinh", number: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("Họ và tên người ký", await Api.TitleAsync(incomplete));

        var saved = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh",
            new { values = new Dictionary<string, string> { ["signer-name"] = "Lê Minh Khoa", ["summary"] = "Về việc đề nghị tặng Bằng khen năm 2025" }, tables = new { } });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await GenerateAsync(clerk, dossier, "to-trinh", number: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await GenerateAsync(clerk, dossier, "to-trinh", number: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await GenerateAsync(clerk, dossier, "to-trinh", number: true)).StatusCode); // keeps its number

        using var form = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh"));
        Assert.Equal("Số: 01/TTr-SYT", form.RootElement.GetProperty("numberLine").GetString());
        var documents = (await Api.DossierAsync(clerk, dossier)).GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "to-trinh").Select(d => d.GetProperty("fileName").GetString()).ToList();
        Assert.Equal(["to-trinh-du-thao.docx", "to-trinh-so-01.docx", "to-trinh-so-01.docx"], documents);
    }

    [Fact]
    public async Task A_number_field_with_letters_is_refused_and_nothing_is_saved()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var response = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/bien-ban-hoi-dong",
            new { values = new Dictionary<string, string> { ["members-total"] = "chín" }, tables = new { } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("phải là một số nguyên", await Api.TitleAsync(response));
        using var form = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/dossiers/{dossier}/forms/bien-ban-hoi-dong"));
        Assert.Equal("", form.RootElement.GetProperty("values").GetProperty("members-total").GetString());
    }

    [Fact]
    public async Task Another_unit_cannot_read_or_fill_the_forms()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var other = await SignIn.AsAsync(app, "canbo.sldtbxh");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh")).StatusCode);
        var generate = await other.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh/documents", new { revision = 2, assignNumber = true });
        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
    }

    [Fact]
    public async Task The_bundle_holds_the_current_documents_the_list_and_a_manifest_with_hashes_and_copies()
    {
        var dossier = await Demo.DossierOfAsync(app, "SNV");
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var response = await clerk.GetAsync($"/api/v1/dossiers/{dossier}/bundle.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("danh-sach-de-nghi.xlsx", names);
        // The Tờ trình, the minutes and each of the two nominees' signed achievement reports.
        Assert.Equal(4, names.Count(n => n.StartsWith("tai-lieu/")));
        using var manifest = new StreamReader(zip.GetEntry("manifest.csv")!.Open());
        var lines = (await manifest.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("Tờ trình đề nghị khen thưởng") && l.EndsWith(",01"));
        var code = (await Api.DossierAsync(clerk, dossier)).GetProperty("code").GetString()!;
        Assert.Matches(@"^HS-\d{4}-\d{6}$", code);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(code + ",", l));
        Assert.Contains(code, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var shas = (await Api.DossierAsync(clerk, dossier)).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("sha256").GetString()!);
        Assert.All(lines.Skip(1), l => Assert.Contains(shas, s => l.Contains(s)));
    }

    [Fact]
    public async Task The_form_page_shows_the_fields_with_their_defaults()
    {
        var dossier = await Demo.DossierOfAsync(app, "HND");
        var clerk = await Demo.UserForAsync(app, "HND", "unit-clerk");
        var html = await clerk.GetStringAsync($"/Dossiers/{dossier}/Forms/to-trinh");
        Assert.Contains("Tờ trình đề nghị khen thưởng", html);
        // A body is named in full in the trích yếu, never "UBND".
        Assert.Contains("Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", html);
        Assert.Contains("Bố cục chưa đối chiếu được với mẫu chính thức", html);
        Assert.Contains("Cấp số và tạo văn bản", html);
    }

    [Fact]
    public async Task Unknown_keys_and_over_long_values_are_refused_in_vietnamese_and_nothing_is_saved()
    {
        var dossier = await Demo.DossierOfAsync(app, "HND");
        var clerk = await Demo.UserForAsync(app, "HND", "unit-clerk");
        async Task<string[]> StoredAsync() => await Demo.QueryAsync(app, db => db.FormData
            .Where(f => f.DossierId == dossier && f.FormCode == "to-trinh").Select(f => f.ValuesJson).ToArrayAsync());
        var before = await StoredAsync();

        var unknownKey = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh", new
        {
            values = new Dictionary<string, string> { ["signer-name"] = "Lê Minh Khoa", ["x-rac"] = new string('x', 2 * 1024 * 1024) },
            tables = new { },
        });
        var unknownTable = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh", new
        {
            values = new Dictionary<string, string> { ["signer-name"] = "Lê Minh Khoa" },
            tables = new Dictionary<string, object[]> { ["bang-rac"] = [new Dictionary<string, string> { ["a"] = new string('y', 3 * 1024 * 1024) }] },
        });
        var overLong = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh", new
        {
            values = new Dictionary<string, string> { ["signer-name"] = new string('L', 1001) },
            tables = new { },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownKey.StatusCode);
        Assert.Equal("Biểu mẫu không có trường \"x-rac\".", await Api.TitleAsync(unknownKey));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownTable.StatusCode);
        Assert.Equal("Biểu mẫu không có trường \"bang-rac\".", await Api.TitleAsync(unknownTable));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overLong.StatusCode);
        Assert.Equal("\"Họ và tên người ký\" dài quá 1.000 ký tự.", await Api.TitleAsync(overLong));
        Assert.Equal(before, await StoredAsync());
    }
}
