using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 12 item 10: every page handler and endpoint of the route table × every demo role and anonymous × a
/// resource of the caller's own unit and of another unit. The expected answer is derived, never listed per
/// endpoint: anonymous callers are sent to the sign-in page (pages) or get 401 (API) unless the endpoint allows
/// anonymous access; a role outside the endpoint's authorization metadata gets 403 (or the access-denied page);
/// another unit's dossier, report or session (one the caller may not see) is refused. A leak is a success where a
/// refusal was expected, a refused write that changed any row, or another unit's data in a page the caller may read.
/// </summary>
public class AuthorizationMatrixTests(DemoApp app, ITestOutputHelper output) : IClassFixture<DemoApp>
{
    /// <summary>The endpoints meant to be reached without signing in; any other anonymous endpoint is a finding.</summary>
    private static readonly string[] Anonymous = ["/Account/Login", "/Account/AccessDenied", "/Error/{code:int}", "/healthz", "/api/{documentName}/openapi.json",
        "/cong-khai", "/cong-khai/lay-y-kien/{id:guid}", "/cong-khai/quyet-dinh/{id:guid}"];

    private enum Expect { Allowed, SignIn, Forbidden, Refused }

    private static readonly string[] ScopedKinds = ["dossier", "document", "nominee", "report", "session"];

    [Fact]
    public async Task Every_endpoint_refuses_every_caller_it_should_and_leaks_nothing()
    {
        var rows = await MatrixRows.PrepareAsync(app);
        var handlers = await RouteTable.ReadAsync(app.Services);
        Assert.True(handlers.Count > 50, $"only {handlers.Count} handlers found: the route table was not read");
        Assert.Empty(handlers.Where(h => h.AllowsAnonymous).Select(h => h.Route).Distinct().Except(Anonymous));

        var unfillable = handlers.SelectMany(h => ParametersOf(h).Where(p => KindOf(h, p) is null).Select(p => $"{h}: {{{p}}}")).Distinct().ToList();
        Assert.True(unfillable.Count == 0, "parameters the matrix cannot fill (teach KindOf about them):\n" + string.Join('\n', unfillable));

        var clients = new Dictionary<string, (HttpClient Client, string Token)>();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        clients[""] = (anonymous, await SignIn.TokenAsync(anonymous, "/Account/Login"));
        foreach (var caller in rows.Callers)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SignIn.PostAsync(client, caller.UserName, DemoApp.Password)).StatusCode);
            clients[caller.UserName] = (client, await SignIn.TokenAsync(client, "/"));
        }

        var leaks = new List<string>();
        var mismatches = new List<string>();
        var serverErrors = new List<string>();
        int cases = 0, sent = 0, refusals = 0, writesNotSent = 0;
        var fingerprint = await DatabaseFingerprint.TakeAsync(app);
        foreach (var handler in handlers)
        {
            foreach (var caller in new MatrixRows.Caller?[] { null }.Concat(rows.Callers))
            {
                var scoped = ParametersOf(handler).Any(p => ScopedKinds.Contains(KindOf(handler, p)));
                foreach (var scope in caller is null || !scoped ? [Scope.None] : new[] { Scope.Own, Scope.Other })
                {
                    if (AimAt(rows, handler, caller, scope) is not { } target) continue;   // no such row for this caller (e.g. a clerk's own session)
                    cases++;
                    var expect = caller is null
                        ? handler.AllowsAnonymous ? Expect.Allowed : Expect.SignIn
                        : !handler.AllowsAnonymous && !handler.Admits(caller.Role) ? Expect.Forbidden
                        : scope == Scope.Other ? Expect.Refused : Expect.Allowed;
                    // Permitted writes are the fuzz test's business: sending them with a made-up body would change the demo under the matrix.
                    if (expect == Expect.Allowed && !handler.IsSafe) { writesNotSent++; continue; }

                    var (client, token) = clients[caller?.UserName ?? ""];
                    using var response = await client.SendAsync(Request(handler, target, token));
                    sent++;
                    var status = (int)response.StatusCode;
                    var location = response.Headers.Location?.OriginalString ?? "";
                    var toSignIn = status == 302 && location.StartsWith("/Account/Login", StringComparison.Ordinal);
                    var toDenied = status == 302 && location.StartsWith("/Account/AccessDenied", StringComparison.Ordinal);
                    var passed = status is >= 200 and < 300 || (status is >= 300 and < 400 && !toSignIn && !toDenied);
                    var what = $"{caller?.Role ?? "anonymous"} {scope.ToString().ToLowerInvariant()} {handler.Method} {target.Url} → {status} {location}";
                    if (status >= 500) serverErrors.Add(what);

                    if (expect == Expect.Allowed)
                    {
                        if (caller is not null && status is >= 200 and < 300)
                        {
                            var body = await response.Content.ReadAsStringAsync();
                            if (rows.SecretsOf(caller).FirstOrDefault(body.Contains) is { } secret) leaks.Add($"{what}: shows another unit's {secret}");
                        }
                        continue;
                    }

                    refusals++;
                    var refusedAsExpected = expect switch
                    {
                        Expect.SignIn => handler.IsApi ? status == 401 : toSignIn,
                        Expect.Forbidden => handler.IsApi ? status == 403 : toDenied || status == 403,
                        _ => !passed,
                    };
                    if (passed) leaks.Add($"{what}: expected {expect}");
                    else if (!refusedAsExpected) mismatches.Add($"{what}: expected {expect}");
                    if (!handler.IsSafe)
                    {
                        var after = await DatabaseFingerprint.TakeAsync(app);
                        if (DatabaseFingerprint.Changed(fingerprint, after) is { Count: > 0 } changed)
                            leaks.Add($"{what}: refused but changed {string.Join(", ", changed)}");
                        fingerprint = after;
                    }
                }
            }
        }

        var summary = $"Authorization matrix: {handlers.Count} endpoint handlers × {rows.Callers.Count} roles + anonymous × own/other unit = "
            + $"{cases} cases; {sent} requests sent ({refusals} expected refusals), {writesNotSent} permitted writes not sent; "
            + $"leaks: {leaks.Count}, wrong refusals: {mismatches.Count}, server errors: {serverErrors.Count}";
        output.WriteLine(summary);
        foreach (var line in leaks) output.WriteLine("LEAK " + line);
        foreach (var line in mismatches) output.WriteLine("WRONG REFUSAL " + line);
        foreach (var line in serverErrors) output.WriteLine("SERVER ERROR " + line);
        Assert.True(leaks.Count == 0 && mismatches.Count == 0 && serverErrors.Count == 0,
            summary + "\n" + string.Join('\n', leaks.Concat(mismatches).Concat(serverErrors)));
    }

    private sealed record Aim(string Url, int Revision);

    private static IEnumerable<string> ParametersOf(EndpointHandler handler) =>
        handler.Pattern.Parameters.Select(p => p.Name).Concat(handler.QueryParameters);

    /// <summary>What a parameter names, from its name and the route it is on.</summary>
    private static string? KindOf(EndpointHandler handler, string parameter)
    {
        var route = handler.Route.ToLowerInvariant();
        bool On(params string[] prefixes) => prefixes.Any(route.StartsWith);
        return parameter.ToLowerInvariant() switch
        {
            "dossierid" => "dossier",
            "documentid" => "document",
            "nomineeid" => "nominee",
            "deadlineid" => "deadline",
            "documentname" => "openapi",
            "path" => "rest",
            "code" when route.Contains("/forms/") => "form",
            "code" when route.StartsWith("/error") => "status-code",
            "version" when On("/api/v1/workflows") => "workflow-version",
            "decision" => "session-decision",
            "id" when On("/documentoffice") => "session-decision",
            // The public page's ids are open to everyone; a made-up one answers 404, whoever asks.
            "id" when On("/cong-khai") => "public",
            "id" when On("/chairman/session/") => "session",
            "id" when On("/dossiers", "/api/v1/dossiers", "/chairman") => "dossier",
            "id" when On("/reports", "/api/v1/reports") => "report",
            "id" when On("/council/sessions", "/api/v1/council/sessions") => "session",
            "id" when On("/council/members") => "council-member",
            "id" when On("/batches", "/api/v1/batches") => "batch",
            "id" when On("/admin/movements") => "movement",
            "id" when On("/admin/organisations") => "organisation",
            "id" when On("/admin/users") => "user",
            "id" when On("/admin/outbox") => "outbox",
            "id" when On("/api/v1/workflows") => "workflow",
            _ => null,
        };
    }

    /// <summary>
    /// The URL aimed at the caller's own resource or at one it may not see (null when there is none), with the
    /// resource's revision so that a write the server failed to refuse would really happen.
    /// </summary>
    private static Aim? AimAt(MatrixRows rows, EndpointHandler handler, MatrixRows.Caller? caller, Scope scope)
    {
        var kinds = ParametersOf(handler).ToDictionary(p => p, p => KindOf(handler, p)!);
        bool Wanted(bool visible) => scope != Scope.Other ? visible || caller is null : !visible;
        MatrixRows.SessionRow? session = null;
        MatrixRows.DossierRow? dossier = null;
        MatrixRows.ReportRow? report = null;
        int revision = 0;
        if (kinds.ContainsValue("session"))
        {
            session = rows.Sessions.FirstOrDefault(s => Wanted(caller is not null && rows.MaySeeSession(caller, s)));
            if (session is null) return null;
            dossier = rows.Dossiers.First(d => d.Id == session.Agenda[0]);
            revision = session.Revision;
        }
        else if (kinds.Values.Any(k => k is "dossier" or "document" or "nominee"))
        {
            // Prefer a dossier with documents and nominees, so {documentId} and {nomineeId} are its own.
            dossier = rows.Dossiers.OrderByDescending(d => d.Documents.Count > 0 && d.Nominees.Count > 0)
                .FirstOrDefault(d => Wanted(caller is not null && rows.MaySeeDossier(caller, d)));
            if (dossier is null || (kinds.ContainsValue("document") && dossier.Documents.Count == 0) || (kinds.ContainsValue("nominee") && dossier.Nominees.Count == 0))
                return null;
            revision = dossier.Revision;
        }
        else if (kinds.ContainsValue("report"))
        {
            report = rows.Reports.FirstOrDefault(r => Wanted(caller is not null && rows.MaySeeReport(caller, r)));
            if (report is null) return null;
            revision = report.Revision;
        }

        string Value(string parameter) => kinds[parameter] switch
        {
            "session" => session!.Id.ToString(),
            "dossier" => dossier!.Id.ToString(),
            "document" => dossier!.Documents[0].ToString(),
            "nominee" => dossier!.Nominees[0].Id.ToString(),
            "report" => report!.Id.ToString(),
            var plain => rows.Plain[plain],
        };
        var path = RouteTable.Path(handler, p => kinds.ContainsKey(p) ? Value(p) : null)!;
        var query = new List<string>();
        if (handler.Handler is not null) query.Add($"handler={handler.Handler}");
        query.AddRange(handler.QueryParameters.Select(p => $"{p}={Uri.EscapeDataString(Value(p))}"));
        if (handler.Method == HttpMethods.Delete) query.Add($"revision={revision}");
        return new Aim(query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", revision);
    }

    /// <summary>The least a request of its kind carries: a valid antiforgery token for pages, a revision, a small PDF for uploads.</summary>
    private static HttpRequestMessage Request(EndpointHandler handler, Aim target, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(handler.Method), target.Url);
        if (handler.IsSafe || handler.Method == HttpMethods.Delete) return request;
        if (handler.IsPage || !handler.IsApi)
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Revision"] = target.Revision.ToString(),
            });
        else if (handler.AcceptsForm)
            request.Content = new MultipartFormDataContent
            {
                { new StringContent(target.Revision.ToString()), "revision" },
                { new StringContent("to-trinh"), "kind" },
                { new ByteArrayContent("%PDF-1.4\n%%EOF"u8.ToArray()), "file", "to-trinh.pdf" },
            };
        else
            request.Content = JsonContent.Create(new { revision = target.Revision });
        return request;
    }
}
