using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>Numbers a person types, at their extremes: refused with a Vietnamese message or served, never a 500.</summary>
public class NumberInputTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public async Task A_session_duration_out_of_range_is_refused_and_nothing_is_scheduled(int minutes)
    {
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;
        Guid Member(string name) => members.First(m => m.GetProperty("fullName").GetString() == name).GetProperty("id").GetGuid();
        var sessions = await Demo.QueryAsync(app, db => db.CouncilSessions.CountAsync());

        var response = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date = DateTime.UtcNow.AddHours(7).AddDays(10).ToString("dd/MM/yyyy"), time = "14:30", durationMinutes = minutes, place = "Phòng họp số 1",
            chairId = Member("Lâm Văn Mẫn"), secretaryId = Member("Võ Thị Mỹ Linh"),
            memberIds = members.Select(m => m.GetProperty("id").GetGuid()), dossierIds = new[] { await Demo.DossierOfAsync(app, "SGDDT") },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Thời lượng họp phải từ 15 phút đến 12 giờ.", await Api.TitleAsync(response));
        Assert.Equal(sessions, await Demo.QueryAsync(app, db => db.CouncilSessions.CountAsync()));
    }

    [Theory]
    [InlineData("/api/v1/dossiers?page=2147483647")]
    [InlineData("/api/v1/dossiers?page=-2147483648")]
    [InlineData("/api/v1/inbox?page=2147483647")]
    [InlineData("/api/v1/organisations?page=2147483647")]
    [InlineData("/api/v1/reports?page=2147483647")]
    [InlineData("/Dossiers?PageNumber=2147483647")]
    [InlineData("/Inbox?PageNumber=2147483647")]
    [InlineData("/Reports?PageNumber=2147483647")]
    public async Task A_page_number_at_the_ends_of_int_shows_a_page(string url)
    {
        var client = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
