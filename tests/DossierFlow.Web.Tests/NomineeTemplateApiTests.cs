using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DossierFlow.Tests.Shared.Nominees;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The nominee template over the API, as an integration would use it: fetched, filled and posted back; imported again
/// with a change it updates the nominees instead of adding them; a file with a bad cell is refused with the row and
/// column in Vietnamese and changes nothing. The rules of the import itself are tested on the use case
/// (Persistence.Tests, NomineeImportTests).
/// </summary>
public class NomineeTemplateApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_template_filled_and_posted_back_adds_the_nominees_and_posted_again_with_a_change_updates_them()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var dossier = await Demo.DossierOfAsync(app, "SNV");

        var template = await TemplateAsync(clerk, dossier);
        var current = NomineeWorkbook.Rows(template);
        Assert.Equal(["Phòng Bảo trợ xã hội - Giảm nghèo", "Trần Thị Ngọc Hương"], current.Select(r => r[1]));
        var people = NomineeWorkbook.People(30, firstStt: 3);
        var imported = await ImportAsync(clerk, dossier, NomineeWorkbook.Fill(template, current.Concat(people)));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal((30, 2), await CountsAsync(imported));

        var nominees = await NomineesAsync(clerk, dossier);
        Assert.Equal(32, nominees.Count);
        var person = nominees.Single(n => n.GetProperty("identityNumber").GetString() == people[9][5]);
        Assert.Equal((people[9][1], people[9][6], people[9][4]),
            (person.GetProperty("name").GetString(), person.GetProperty("position").GetString(),
             DateOnly.Parse(person.GetProperty("birthDate").GetString()!).ToString("dd'/'MM'/'yyyy")));

        // The template now holds all 32; the clerk changes one person's title and posts it back.
        var again = NomineeWorkbook.Rows(await TemplateAsync(clerk, dossier));
        Assert.Equal(32, again.Count);
        var row = again.Single(r => r[5] == people[9][5]);
        row[NomineeWorkbook.Position] = "Phó Giám đốc Trung tâm";
        var updated = await ImportAsync(clerk, dossier, NomineeWorkbook.Fill(template, again));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal((0, 32), await CountsAsync(updated));
        nominees = await NomineesAsync(clerk, dossier);
        Assert.Equal(32, nominees.Count);
        Assert.Equal("Phó Giám đốc Trung tâm",
            nominees.Single(n => n.GetProperty("id").GetGuid() == person.GetProperty("id").GetGuid()).GetProperty("position").GetString());
    }

    [Fact]
    public async Task A_CCCD_of_11_digits_in_row_7_is_refused_naming_row_7_and_its_column_and_nothing_changes()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var dossier = await Demo.DossierOfAsync(app, "SNV");
        var template = await TemplateAsync(clerk, dossier);
        var before = await Api.DossierAsync(clerk, dossier);

        var rows = NomineeWorkbook.People(10);
        rows[5][5] = "09419812345"; // the sixth person is on row 7, under the header
        var refused = await ImportAsync(clerk, dossier, NomineeWorkbook.Fill(template, rows));

        Assert.Equal("import-failed", await Api.AssertVietnameseProblemAsync(refused, HttpStatusCode.UnprocessableEntity));
        var problems = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => p.GetString()).ToList();
        Assert.Equal("dòng 7, cột \"F (Số định danh cá nhân (CCCD, 12 chữ số) hoặc Mã số CBCCVC)\": "
            + "Số định danh cá nhân (CCCD) phải có đúng 12 chữ số; \"09419812345\" có 11 chữ số.", Assert.Single(problems));
        var after = await Api.DossierAsync(clerk, dossier);
        Assert.Equal(before.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.Equal(before.GetProperty("nominees").GetArrayLength(), after.GetProperty("nominees").GetArrayLength());
    }

    private static async Task<byte[]> TemplateAsync(HttpClient client, Guid dossier)
    {
        using var response = await client.GetAsync($"/api/v1/dossiers/{dossier}/nominees/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mau-danh-sach-doi-tuong.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid dossier, byte[] file)
    {
        var revision = (await Api.DossierAsync(client, dossier)).GetProperty("revision").GetInt32();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var form = new MultipartFormDataContent { { new StringContent(revision.ToString()), "revision" }, { content, "file", "danh-sach.xlsx" } };
        return await client.PostAsync($"/api/v1/dossiers/{dossier}/nominees/import", form);
    }

    private static async Task<(int Added, int Updated)> CountsAsync(HttpResponseMessage response)
    {
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (result.GetProperty("added").GetInt32(), result.GetProperty("updated").GetInt32());
    }

    private static async Task<List<JsonElement>> NomineesAsync(HttpClient client, Guid dossier) =>
        [.. (await Api.DossierAsync(client, dossier)).GetProperty("nominees").EnumerateArray()];
}
