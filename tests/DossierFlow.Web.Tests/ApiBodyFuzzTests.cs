using System.Collections;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// A bounded fuzz of the body of every API endpoint, taken from the application's route table so a new endpoint is
/// covered without a new test: nulls, wrong types, 1 MB strings, negative and overflowing numbers and malformed
/// JSON, each sent by the role the endpoint is for, against real ids. Every answer must be a 4xx with a Vietnamese
/// problem and leave the database as it was, never a 5xx. The cases are fixed, so a run is deterministic.
/// </summary>
public class ApiBodyFuzzTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly string Huge = new('a', 1_000_000);

    /// <summary>
    /// Cases answered with a 2xx, by "METHOD route field case": the value is accepted as valid. Each is a decision,
    /// not an accident; the list may only shrink.
    /// </summary>
    private static readonly HashSet<string> AcceptedToday =
    [
        // Valid: these fields may be left empty.
        "POST /api/v1/council/members userId=null",
        "POST /api/v1/dossiers/{id:guid}/nominees position=null",
        "POST /api/v1/dossiers/{id:guid}/nominees workplace=null",
        "PUT /api/v1/dossiers/{id:guid}/forms/{code} values=null",
        "PUT /api/v1/dossiers/{id:guid}/forms/{code} tables=null",
    ];

    private sealed record Endpoint(string Method, string Route, Type? JsonBody, IReadOnlyList<(string Name, Type Type)> FormFields);

    private sealed record Case(string Name, HttpContent Content);

    private IReadOnlyList<Endpoint> EndpointsWithABody() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true && e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .Select(e =>
            {
                var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>()!;
                var method = e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single();
                var form = accepts.ContentTypes.Contains("multipart/form-data");
                var fields = form
                    ? e.Metadata.GetMetadata<MethodInfo>()!.GetParameters()
                        .Where(p => p.GetCustomAttribute<FromFormAttribute>() is not null || p.ParameterType == typeof(IFormFile))
                        .Select(p => (p.Name!, p.ParameterType)).ToList()
                    : [];
                return new Endpoint(method, e.RoutePattern.RawText!, form ? null : accepts.RequestType, fields);
            })
            .OrderBy(e => e.Route).ThenBy(e => e.Method).ToList();

    [Fact]
    public async Task Every_api_body_refuses_bad_values_with_a_vietnamese_4xx_and_changes_nothing()
    {
        var ids = await IdsAsync();
        var clients = new Dictionary<string, HttpClient>();
        var endpoints = EndpointsWithABody();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints with a body found in the route table");
        var failures = new List<string>();
        var accepted = new List<string>();
        var sent = 0;

        foreach (var endpoint in endpoints)
        {
            var user = UserFor(endpoint.Route);
            if (!clients.TryGetValue(user, out var client)) clients[user] = client = await SignIn.AsAsync(app, user);
            var url = Fill(endpoint.Route, ids);
            var cases = await CasesAsync(endpoint, client, url, ids);
            var fingerprint = await FingerprintAsync();
            for (var i = 0; i < cases.Count; i++)
            {
                var fuzz = cases[i];
                var label = $"{endpoint.Method} {endpoint.Route} {fuzz.Name}";
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), url) { Content = fuzz.Content });
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var after = await FingerprintAsync();
                if (status is >= 200 and < 300)
                {
                    accepted.Add(label);
                    if (!AcceptedToday.Contains(label)) failures.Add($"{label}: accepted with {status}");
                    // The request changed the resource: the remaining cases are built again on its new revision.
                    cases = await CasesAsync(endpoint, client, url, ids);
                }
                else if (status is < 400 or >= 500) failures.Add($"{label}: {status} {Truncate(body)}");
                else
                {
                    if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !IsVietnamese(body))
                        failures.Add($"{label}: {status} without a Vietnamese problem: {Truncate(body)}");
                    if (after != fingerprint) failures.Add($"{label}: {status} but the database changed");
                }
                fingerprint = after;
                sent++;
            }
        }

        Assert.True(sent >= 200, $"only {sent} cases sent");
        Assert.True(failures.Count == 0, $"{failures.Count} failures of {sent} cases:\n" + string.Join('\n', failures) + "\naccepted:\n" + string.Join('\n', accepted));
    }

    /// <summary>The role each part of the API is for, so the cases reach the use case's checks rather than stop at 403.</summary>
    private static string UserFor(string route) => route switch
    {
        _ when route.StartsWith("/api/v1/council") => "thuky.hdtdkt",
        _ when route.StartsWith("/api/v1/batches") => "chuyenvien.btdkt",
        _ when route.EndsWith("/chairman-decision") => "chutich.ubnd",
        _ when route.EndsWith("/central-decision") => "chuyenvien.btdkt",
        _ => "canbo.syt",
    };

    private sealed record Ids(Guid Dossier, Guid Session, Guid SessionDossier, Guid Report, Guid Nominee);

    /// <summary>Real ids: the clerk's dossier, a scheduled session with a dossier on its agenda, and the clerk's report.</summary>
    private async Task<Ids> IdsAsync()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var sessionDossier = await Demo.DossierOfAsync(app, "SGDDT");
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var session = await Api.ScheduleSessionAsync(secretary, sessionDossier);
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var movement = (await clerk.GetFromJsonAsync<JsonElement[]>("/api/v1/movements"))![0].GetProperty("id").GetGuid();
        var opened = await clerk.PostAsJsonAsync("/api/v1/reports", new { movementId = movement, year = DateTime.UtcNow.Year });
        var report = opened.IsSuccessStatusCode ? (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : Guid.Empty;
        var nominee = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).Select(n => n.Id).FirstOrDefaultAsync());
        return new Ids(dossier, session, sessionDossier, report, nominee);
    }

    private static string Fill(string route, Ids ids)
    {
        var resource = route.StartsWith("/api/v1/council/sessions") ? ids.Session : route.StartsWith("/api/v1/reports") ? ids.Report : ids.Dossier;
        return route.Replace("{id:guid}", resource.ToString()).Replace("{dossierId:guid}", ids.SessionDossier.ToString())
            .Replace("{nomineeId:guid}", ids.Nominee.ToString()).Replace("{code}", "to-trinh");
    }

    /// <summary>The revision the client would have seen last: of the dossier for "revision" on a session's dossier, else of the route's resource.</summary>
    private static async Task<int> RevisionAsync(HttpClient client, string url, string property, Ids ids)
    {
        string resource;
        if (url.Contains("/council/sessions/") && url.Contains("/dossiers/") && property == "revision") resource = $"/api/v1/dossiers/{ids.SessionDossier}";
        else if (url.Contains("/council/sessions/")) resource = $"/api/v1/council/sessions/{ids.Session}";
        else if (url.StartsWith("/api/v1/reports/")) resource = $"/api/v1/reports/{ids.Report}";
        else resource = $"/api/v1/dossiers/{ids.Dossier}";
        var response = await client.GetAsync(resource);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32() : 1;
    }

    private static async Task<List<Case>> CasesAsync(Endpoint endpoint, HttpClient client, string url, Ids ids)
    {
        if (endpoint.JsonBody is null) return await FormCasesAsync(endpoint, client, url, ids);
        var cases = new List<Case>
        {
            Raw("malformed", "{\"revision\": "),
            Raw("not-an-object", "[1, 2, 3]"),
            Raw("null-body", "null"),
            Raw("string-body", "\"" + Huge + "\""),
        };
        var baseline = new JsonObject();
        var properties = JsonProperties(endpoint.JsonBody);
        foreach (var (name, type) in properties) baseline[name] = await PlausibleAsync(name, type, client, url, ids);
        foreach (var (name, type) in properties)
            foreach (var (label, value) in Mutations(type))
            {
                var body = (JsonObject)baseline.DeepClone();
                body[name] = value?.DeepClone();
                cases.Add(Raw($"{name}={label}", body.ToJsonString()));
            }
        return cases;
    }

    private static async Task<List<Case>> FormCasesAsync(Endpoint endpoint, HttpClient client, string url, Ids ids)
    {
        var revision = (await RevisionAsync(client, url, "revision", ids)).ToString();
        MultipartFormDataContent Form(string? revisionValue, string kind, string fileName, bool withFile = true)
        {
            var form = new MultipartFormDataContent();
            if (revisionValue is not null) form.Add(new StringContent(revisionValue), "revision");
            if (endpoint.FormFields.Any(f => f.Name == "kind")) form.Add(new StringContent(kind), "kind");
            if (withFile) form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", fileName);
            return form;
        }
        return
        [
            new("revision=missing", Form(null, "to-trinh", "a.pdf")),
            new("revision=text", Form("không phải số", "to-trinh", "a.pdf")),
            new("revision=negative", Form("-1", "to-trinh", "a.pdf")),
            new("revision=overflow", Form("2147483648", "to-trinh", "a.pdf")),
            .. (endpoint.FormFields.Any(f => f.Name == "kind") ? new[] { new Case("kind=huge", Form(revision, Huge, "a.pdf")) } : []),
            new("file=missing", Form(revision, "to-trinh", "a.pdf", withFile: false)),
            new("file=huge-name", Form(revision, "to-trinh", new string('a', 100_000) + ".pdf")),
            new("not-a-form", new StringContent("{}", Encoding.UTF8, "application/json")),
        ];
    }

    private static Case Raw(string name, string json) => new(name, new StringContent(json, Encoding.UTF8, "application/json"));

    private static List<(string Name, Type Type)> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType)).ToList();

    /// <summary>The fixed set of bad values for a field: the same for every field, whatever its type.</summary>
    private static IEnumerable<(string Label, JsonNode? Value)> Mutations(Type type)
    {
        yield return ("null", null);
        yield return ("wrong-type", IsText(type) ? JsonValue.Create(12345) : JsonValue.Create("không phải giá trị này"));
        yield return ("huge-string", JsonValue.Create(Huge));
        yield return ("negative", JsonValue.Create(-1));
        yield return ("overflow", JsonNode.Parse("2147483648"));
        yield return ("huge-number", JsonNode.Parse("1e400"));
        if (ElementType(type) is { } element && !IsText(element) && !element.IsValueType)
        {
            yield return ("[null]", new JsonArray((JsonNode?)null));
            yield return ("[{}]", new JsonArray(new JsonObject()));
        }
        if (ElementType(type) is { } number && (number == typeof(int) || number == typeof(Guid)))
            yield return ("[wrong-type]", new JsonArray(JsonValue.Create("x")));
    }

    /// <summary>A value the use case could accept for the field (an account link: the sender's own account), so that each case differs from a sensible request in that field only.</summary>
    private static async Task<JsonNode?> PlausibleAsync(string name, Type type, HttpClient client, string url, Ids ids)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int) && name.EndsWith("evision", StringComparison.Ordinal)) return JsonValue.Create(await RevisionAsync(client, url, name, ids));
        if (t == typeof(int)) return JsonValue.Create(name == "durationMinutes" ? 60 : name == "year" ? DateTime.UtcNow.Year : 1);
        if (t == typeof(bool)) return JsonValue.Create(false);
        if (t == typeof(string) && name == "userId") return JsonValue.Create((await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetString());
        if (t == typeof(Guid)) return JsonValue.Create(name == "operationId" ? Guid.NewGuid() : ids.Dossier);
        if (t.IsEnum) return JsonValue.Create(Enum.GetNames(t)[0]);
        if (t == typeof(string))
            return JsonValue.Create(name switch { "date" => DateTime.UtcNow.AddHours(7).AddDays(20).ToString("dd/MM/yyyy"), "time" => "09:00", "email" => "thu@example.vn", _ => "Thử nghiệm" });
        if (typeof(IDictionary).IsAssignableFrom(t) || t.Name.StartsWith("Dictionary", StringComparison.Ordinal)) return new JsonObject();
        if (ElementType(t) is not null) return new JsonArray();
        return new JsonObject();
    }

    private static bool IsText(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(string);

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            is { } enumerable && !type.Name.StartsWith("Dictionary", StringComparison.Ordinal) ? enumerable.GetGenericArguments()[0] : null;

    /// <summary>
    /// What any write would change, in one query: row counts and the sum of revisions of the main tables, the forms'
    /// saved text, the mails queued and the document numbers taken.
    /// </summary>
    private Task<string> FingerprintAsync() => Demo.QueryAsync(app, async db =>
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) || '/' || coalesce(sum(Revision), 0) FROM Dossiers) || ' ' || (SELECT count(*) FROM Nominee) || ' ' ||
                   (SELECT count(*) FROM DossierDocument) || ' ' || (SELECT count(*) FROM JournalEntries) || ' ' ||
                   (SELECT count(*) FROM DocumentContents) || ' ' || (SELECT count(*) FROM CouncilMembers) || ' ' ||
                   (SELECT count(*) || '/' || coalesce(sum(Revision), 0) FROM CouncilSessions) || ' ' ||
                   (SELECT count(*) || '/' || coalesce(sum(Revision), 0) FROM MovementReports) || ' ' || (SELECT count(*) FROM Outbox) || ' ' ||
                   (SELECT count(*) || '/' || coalesce(sum(length(ValuesJson)), 0) FROM FormData) || ' ' ||
                   (SELECT count(*) || '/' || coalesce(sum(LastNumber), 0) FROM DocumentNumberCounters)
            """;
        return (string)(await command.ExecuteScalarAsync())!;
    });

    private const string VietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    private static bool IsVietnamese(string body)
    {
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("code", out _) && problem.TryGetProperty("detail", out var detail)
                && (detail.GetString() ?? "").ToLowerInvariant().Any(VietnameseLetters.Contains);
        }
        catch (JsonException) { return false; }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
