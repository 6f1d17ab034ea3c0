using System.Net.Http.Json;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

/// <summary>Small helpers for calling the dossier API as a signed-in user.</summary>
internal static class Api
{
    /// <summary>
    /// The demo secretary schedules a session in ten days at 14:30 with every member invited, the demo's chair and
    /// secretary, and these dossiers on the agenda; returns its id.
    /// </summary>
    public static async Task<Guid> ScheduleSessionAsync(HttpClient secretary, params Guid[] dossierIds)
    {
        var members = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;
        Guid Member(string name) => members.First(m => m.GetProperty("fullName").GetString() == name).GetProperty("id").GetGuid();
        var scheduled = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date = DateTime.UtcNow.AddHours(7).AddDays(10).ToString("dd/MM/yyyy"), time = "14:30", durationMinutes = 120, place = "Phòng họp số 1",
            chairId = Member("Lâm Văn Mẫn"), secretaryId = Member("Võ Thị Mỹ Linh"),
            memberIds = members.Select(m => m.GetProperty("id").GetGuid()), dossierIds,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, scheduled.StatusCode);
        return (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> DossierAsync(HttpClient client, Guid id) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/v1/dossiers/{id}")).RootElement.Clone();

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, string? comment = null,
        bool criteria = false, Guid? operationId = null, int? revision = null)
    {
        revision ??= (await DossierAsync(client, id)).GetProperty("revision").GetInt32();
        return await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/actions",
            new { action, revision, operationId = operationId ?? Guid.NewGuid(), comment, criteriaConfirmed = criteria });
    }

    private const string VietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    /// <summary>The answer is problem details with a Vietnamese detail and a stable code; returns the code.</summary>
    public static async Task<string> AssertVietnameseProblemAsync(HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        var detail = problem.GetProperty("detail").GetString() ?? "";
        Assert.True(detail.ToLowerInvariant().Any(VietnameseLetters.Contains), $"Not a Vietnamese detail: {body}");
        var code = problem.GetProperty("code").GetString();
        Assert.False(string.IsNullOrEmpty(code), body);
        return code!;
    }

    /// <summary>The stable code of a refusal (problem details "code"), to assert on instead of the Vietnamese title.</summary>
    public static async Task<string> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString() ?? "";

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}
