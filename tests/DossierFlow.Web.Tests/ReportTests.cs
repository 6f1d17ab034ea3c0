using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>The yearly movement report and its late policy (the demo refuses reports after 01/12).</summary>
public class ReportTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<(HttpClient Clerk, Guid Report)> OpenAsync(string clerkName, int year)
    {
        var clerk = await SignIn.AsAsync(app, clerkName);
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "146/KH-UBND").Select(m => m.Id).SingleAsync());
        var opened = await clerk.PostAsJsonAsync("/api/v1/reports", new { movementId = movement, year });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return (clerk, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Opening_twice_finds_the_same_report_and_a_year_outside_the_period_is_refused()
    {
        var (clerk, first) = await OpenAsync("canbo.syt", 2024);
        var (_, second) = await OpenAsync("canbo.syt", 2024);
        Assert.Equal(first, second);

        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "146/KH-UBND").Select(m => m.Id).SingleAsync());
        var outside = await clerk.PostAsJsonAsync("/api/v1/reports", new { movementId = movement, year = 2030 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("ngoài giai đoạn", await Api.TitleAsync(outside));
    }

    [Fact]
    public async Task A_late_report_is_refused_under_the_refuse_policy_and_nothing_moves()
    {
        var (clerk, report) = await OpenAsync("canbo.sldtbxh", 2025);
        using (var form = new MultipartFormDataContent { { new StringContent("1"), "revision" }, { new ByteArrayContent("%PDF-1.4 báo cáo"u8.ToArray()), "file", "bao-cao-2025.pdf" } })
            Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync($"/api/v1/reports/{report}/documents", form)).StatusCode);

        var leader = await SignIn.AsAsync(app, "lanhdao.sldtbxh");
        using var before = JsonDocument.Parse(await leader.GetStringAsync($"/api/v1/reports/{report}"));
        var response = await leader.PostAsJsonAsync($"/api/v1/reports/{report}/actions",
            new { action = "submit", revision = before.RootElement.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = await Api.TitleAsync(response);
        Assert.Contains("01/12/2025", message);
        Assert.Contains("không nhận hồ sơ nộp muộn", message);
        using var after = JsonDocument.Parse(await leader.GetStringAsync($"/api/v1/reports/{report}"));
        Assert.Equal("drafting", after.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_report_page_shows_its_deadline_and_the_other_unit_cannot_open_it()
    {
        var (clerk, report) = await OpenAsync("canbo.sldtbxh", 2023);
        var page = await clerk.GetStringAsync($"/Reports/Details/{report}");
        Assert.Contains("01/12/2023", page);
        Assert.Contains("class=\"state current\" data-state=\"drafting\"", page);

        var other = await (await SignIn.AsAsync(app, "canbo.syt")).GetAsync($"/Reports/Details/{report}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
