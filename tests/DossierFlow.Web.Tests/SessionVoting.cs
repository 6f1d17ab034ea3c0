using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

/// <summary>A council session taken through the API as far as a test needs: started, attended, voted, confirmed.</summary>
internal static class SessionVoting
{
    /// <summary>"dd/MM/yyyy" and "HH:mm" of a meeting two minutes ahead in Việt Nam's time (a session is never scheduled in the past).</summary>
    public static (string Date, string Time) SoonLocal()
    {
        var local = DateTime.UtcNow.AddHours(7).AddMinutes(2);
        return (local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Moves the application's clock to the session's start, records every invited member present, gives every
    /// nominee of the agenda <paramref name="votesFor"/> votes for and confirms the results.
    /// </summary>
    public static async Task VoteThroughAsync(DemoApp app, HttpClient secretary, Guid session, int votesFor)
    {
        var view = await secretary.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{session}");
        app.Clock.MoveTo(DateTime.SpecifyKind(view.GetProperty("startsAt").GetDateTime(), DateTimeKind.Utc).AddSeconds(1));
        var attendees = view.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("memberId").GetGuid()).ToArray();
        var attended = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{session}/attendance",
            new { revision = view.GetProperty("revision").GetInt32(), attended = attendees, writtenOpinions = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.NoContent, attended.StatusCode);
        for (var page = 1; ; page++)
        {
            var grid = await secretary.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{session}/votes?page={page}");
            var drafted = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{session}/votes/draft", new
            {
                revision = grid.GetProperty("revision").GetInt32(),
                lines = grid.GetProperty("rows").EnumerateArray().Select(r => new { nomineeId = r.GetProperty("nomineeId").GetGuid(), @for = votesFor, against = 0, abstain = 0 }),
            });
            Assert.True(drafted.StatusCode == HttpStatusCode.OK, await drafted.Content.ReadAsStringAsync());
            if (page >= grid.GetProperty("pages").GetInt32()) break;
        }
        var revision = (await secretary.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{session}")).GetProperty("revision").GetInt32();
        var confirmed = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{session}/votes/confirm", new { revision, operationId = Guid.NewGuid() });
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
    }
}
