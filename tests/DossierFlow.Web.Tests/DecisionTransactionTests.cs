using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>
/// A numbered decision is all or nothing and issued only where the workflow issues it: a Chairman's approval whose
/// Quyết định cannot be generated changes nothing, and nobody else numbers a decision.
/// </summary>
public class DecisionTransactionTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Decision = "quyet-dinh-khen-thuong";

    private Task<int> DecisionCountersAsync() =>
        Demo.QueryAsync(app, db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"DocumentNumberCounters\" WHERE \"Symbol\" = 'QĐ'").SingleAsync());

    private static Task<HttpResponseMessage> FillAsync(HttpClient client, Guid dossier, Dictionary<string, string> values) =>
        client.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/{Decision}", new { values, tables = new { } });

    /// <summary>The demo's school dossier, waiting for the council, voted through by all nine members.</summary>
    private async Task<Guid> VotedThroughAsync()
    {
        var school = await Demo.DossierOfAsync(app, "SGDDT");
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var ids = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!.Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var created = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date = SessionVoting.SoonLocal().Date, time = SessionVoting.SoonLocal().Time, durationMinutes = 60, place = "Phòng họp số 2",
            chairId = ids[0], secretaryId = ids[3], memberIds = ids, dossierIds = new[] { school },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SessionVoting.VoteThroughAsync(app, secretary, session, 9);
        return school;
    }

    [Fact]
    public async Task An_approval_whose_decision_cannot_be_generated_changes_nothing_and_succeeds_once_the_field_is_fixed()
    {
        var school = await VotedThroughAsync();
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        Assert.Equal(HttpStatusCode.NoContent, (await FillAsync(reviewer, school, new() { ["summary"] = "", ["signer-name"] = "Lâm Văn Mẫn" })).StatusCode);

        var chairman = await SignIn.AsAsync(app, "chutich.ubnd");
        var before = await Api.DossierAsync(chairman, school);
        var revision = before.GetProperty("revision").GetInt32();
        var nominees = before.GetProperty("nominees").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToArray();
        var journal = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == school).Select(d => d.Journal.Count).SingleAsync());

        var refused = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{school}/chairman-decision", new { revision, operationId = Guid.NewGuid(), approved = nominees });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Trích yếu", await Api.TitleAsync(refused));
        var after = await Api.DossierAsync(chairman, school);
        Assert.Equal(("chairman", revision), (after.GetProperty("state").GetString(), after.GetProperty("revision").GetInt32()));
        Assert.DoesNotContain(after.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == Decision);
        Assert.Equal(journal, await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == school).Select(d => d.Journal.Count).SingleAsync()));
        Assert.False(await Demo.QueryAsync(app, db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{school}:") && m.Subject.Contains("Quyết định khen thưởng"))));
        Assert.Equal(0, await DecisionCountersAsync());
        var inbox = (await chairman.GetFromJsonAsync<JsonElement>("/api/v1/chairman/inbox")).GetProperty("groups").EnumerateArray().ToArray();
        Assert.Contains(inbox.SelectMany(g => g.GetProperty("dossiers").EnumerateArray()), d => d.GetProperty("id").GetGuid() == school);

        Assert.Equal(HttpStatusCode.NoContent, (await FillAsync(reviewer, school, new() { ["summary"] = "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", ["signer-name"] = "Lâm Văn Mẫn" })).StatusCode);
        var decided = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{school}/chairman-decision", new { revision, operationId = Guid.NewGuid(), approved = nominees });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("awarded", (await Api.DossierAsync(chairman, school)).GetProperty("state").GetString());
        using var form = JsonDocument.Parse(await chairman.GetStringAsync($"/api/v1/dossiers/{school}/forms/{Decision}"));
        Assert.Equal("Số: 01/QĐ-UBND", form.RootElement.GetProperty("numberLine").GetString());   // the failed attempt burnt no number
        Assert.True(await Demo.QueryAsync(app, db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{school}:") && m.Subject.Contains("Quyết định khen thưởng"))));
    }

    [Fact]
    public async Task A_reviewer_cannot_number_a_decision_on_a_dossier_still_drafted_at_the_unit()
    {
        var drafting = await Demo.DossierOfAsync(app, "SYT");
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        Assert.Equal("drafting", (await Api.DossierAsync(reviewer, drafting)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await FillAsync(reviewer, drafting, new() { ["signer-name"] = "Lâm Văn Mẫn" })).StatusCode);
        var revision = (await Api.DossierAsync(reviewer, drafting)).GetProperty("revision").GetInt32();

        var numbered = await reviewer.PostAsJsonAsync($"/api/v1/dossiers/{drafting}/forms/{Decision}/documents", new { revision, assignNumber = true });

        Assert.Equal(HttpStatusCode.Forbidden, numbered.StatusCode);
        Assert.Contains("Chủ tịch UBND tỉnh", await Api.TitleAsync(numbered));
        Assert.Equal(0, await DecisionCountersAsync());
        Assert.DoesNotContain((await Api.DossierAsync(reviewer, drafting)).GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == Decision);
        // A draft without a number is still the reviewer's to prepare.
        var draft = await reviewer.PostAsJsonAsync($"/api/v1/dossiers/{drafting}/forms/{Decision}/documents", new { revision, assignNumber = false });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(0, await DecisionCountersAsync());
    }
}
