using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>Requests the API cannot use are answered with Vietnamese problem details and a stable code, never a 500, and change nothing.</summary>
public class ApiBadInputTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(HttpClient Clerk, Guid Dossier, int Revision)> ClerkDossierAsync()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        return (clerk, dossier, (await Api.DossierAsync(clerk, dossier)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_null_action_is_refused_as_invalid_json_and_the_dossier_is_unchanged()
    {
        var (clerk, dossier, revision) = await ClerkDossierAsync();

        var response = await clerk.PostAsync($"/api/v1/dossiers/{dossier}/actions",
            Json($$"""{"action":null,"revision":{{revision}},"operationId":"{{Guid.NewGuid()}}"}"""));

        Assert.Equal("invalid-json", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(revision, (await Api.DossierAsync(clerk, dossier)).GetProperty("revision").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/inbox")]
    [InlineData("/api/v1/dossiers")]
    public async Task A_next_page_token_that_no_list_gave_is_refused_with_its_code(string list)
    {
        var clerk = await SignIn.AsAsync(app, "vanthu.snv");
        var response = await clerk.GetAsync($"{list}?after=trang-sau-gia-mao");
        Assert.Equal("invalid-cursor", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task A_missing_action_is_refused_as_invalid_json()
    {
        var (clerk, dossier, revision) = await ClerkDossierAsync();
        var response = await clerk.PostAsync($"/api/v1/dossiers/{dossier}/actions", Json($$"""{"revision":{{revision}}}"""));
        Assert.Equal("invalid-json", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("{\"revision\": 1, \"kind\": \"Individual\", \"name\": ")]
    [InlineData("{\"revision\": \"một\", \"kind\": \"Individual\", \"name\": \"Nguyễn Văn A\"}")]
    [InlineData("{\"revision\": 1, \"kind\": \"Alien\", \"name\": \"Nguyễn Văn A\"}")]
    [InlineData("{\"revision\": 99999999999, \"kind\": \"Individual\", \"name\": \"Nguyễn Văn A\"}")]
    [InlineData("[1, 2, 3]")]
    public async Task Malformed_json_and_wrong_types_get_a_vietnamese_400_and_add_nothing(string body)
    {
        var (clerk, dossier, _) = await ClerkDossierAsync();
        var nominees = await Demo.NomineeCountAsync(app, dossier);

        var response = await clerk.PostAsync($"/api/v1/dossiers/{dossier}/nominees", Json(body));

        Assert.Equal("invalid-json", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(nominees, await Demo.NomineeCountAsync(app, dossier));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_vietnamese_415()
    {
        var (clerk, dossier, _) = await ClerkDossierAsync();
        var response = await clerk.PostAsync($"/api/v1/dossiers/{dossier}/nominees", new StringContent("revision=1", Encoding.UTF8, "text/plain"));
        Assert.Equal("unsupported-media-type", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.UnsupportedMediaType));
    }

    [Theory]
    [InlineData("/api/v1/dossiers?page=abc")]
    [InlineData("/api/v1/inbox?overdue=abc")]
    public async Task A_query_parameter_of_the_wrong_type_gets_a_vietnamese_400(string url)
    {
        var client = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        Assert.Equal("invalid-parameter", await Api.AssertVietnameseProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/dossiers/not-a-guid")]
    [InlineData("/api/v1/dossiers/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/council/sessions/00000000-0000-0000-0000-000000000001")]
    public async Task Unknown_addresses_and_ids_get_a_vietnamese_404(string url)
    {
        var client = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        Assert.Equal("not-found", await Api.AssertVietnameseProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_session_rescheduled_to_the_year_9999_is_refused_on_the_api_and_the_page()
    {
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var id = await Api.ScheduleSessionAsync(secretary, await Demo.DossierOfAsync(app, "SGDDT"));
        var before = await Demo.QueryAsync(app, db => db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == id));

        var api = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/reschedule",
            new { revision = before.Revision, date = "31/12/9999", time = "23:30", durationMinutes = 720, place = "Phòng họp số 2" });

        Assert.Equal("session-too-far", await Api.AssertVietnameseProblemAsync(api, HttpStatusCode.UnprocessableEntity));
        var token = await SignIn.TokenAsync(secretary, $"/Council/Sessions/Details/{id}");
        var page = await secretary.PostAsync($"/Council/Sessions/Details/{id}?handler=Reschedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Revision"] = before.Revision.ToString(), ["Date"] = "31/12/9999", ["Time"] = "23:30", ["DurationMinutes"] = "720",
            ["Place"] = "Phòng họp số 2", ["__RequestVerificationToken"] = token,
        }));
        // A refused form comes back as the same page with the message and the typed values (422).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("Thời gian họp phải trong vòng một năm kể từ hôm nay.", await page.Content.ReadAsStringAsync());
        var after = await Demo.QueryAsync(app, db => db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((before.StartsAt, before.Revision, before.Place), (after.StartsAt, after.Revision, after.Place));
        var shown = await secretary.GetStringAsync($"/Council/Sessions/Details/{id}");
        Assert.Contains("Phòng họp số 1", shown);
    }
}

/// <summary>A body larger than the server takes, sent to the real Kestrel server as a client would.</summary>
public class ApiUploadLimitTests(KestrelDemoApp app) : IClassFixture<KestrelDemoApp>
{
    [Fact]
    public async Task A_300_megabyte_upload_gets_a_vietnamese_413_and_stores_nothing()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var token = await Demo.TokenForAsync(app, "canbo.syt");
        var documents = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Documents.Count).SingleAsync());
        var uri = new Uri(app.BaseUrl);

        // Only the start of the body is sent: the server must answer from the declared length, before reading 300 MB.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        const string boundary = "dossierflow-boundary";
        var head = $"POST /api/v1/dossiers/{dossier}/documents HTTP/1.1\r\nHost: {uri.Authority}\r\nAuthorization: Bearer {token}\r\n" +
                   $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {300L * 1024 * 1024}\r\nAccept: application/json\r\n\r\n" +
                   $"--{boundary}\r\nContent-Disposition: form-data; name=\"revision\"\r\n\r\n1\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // A server that waited for the 300 MB would never answer: give up after a minute rather than hang the suite.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var (status, body) = await RawHttp.ReadResponseAsync(stream, patience.Token);

        Assert.StartsWith("HTTP/1.1 413", status);
        using var response = new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/problem+json"),
        };
        Assert.Equal("too-large", await Api.AssertVietnameseProblemAsync(response, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(documents, await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Documents.Count).SingleAsync()));
    }
}
