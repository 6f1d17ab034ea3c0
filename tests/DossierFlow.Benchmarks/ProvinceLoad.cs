using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace DossierFlow.Benchmarks;

/// <summary>
/// Load on a running application (tests/tools/province_load.sh starts it and passes what it needs): for each page and
/// endpoint, as the role that uses it (the inbox also searched by a nominee's name without diacritics, DF_SEARCH),
/// 32 requests at a time for a fixed time; then workflow actions (receive and
/// return of submitted dossiers by Sở Nội vụ's clerk). Prints requests per second, p99, the ratio to /healthz
/// measured in the same run, and the server's resident memory after each target. Not a test: a measurement.
/// </summary>
public static partial class ProvinceLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: province-load <base url> <server pid> <seconds per target> <dossiers file: id,revision per line> (tokens in DF_TOKEN_SNV, DF_TOKEN_CHAIRMAN; DF_MOVEMENT, DF_YEAR, DF_UNIT_CLERK, DF_SEARCH)");
            return 2;
        }
        var (baseUrl, pid, seconds, dossiersFile) = (args[0].TrimEnd('/'), int.Parse(args[1]), int.Parse(args[2]), args[3]);
        const int connections = 32;
        var password = Environment.GetEnvironmentVariable("DF_PASSWORD") ?? "DossierFlow@2026";
        var clerk = await CookieClientAsync(baseUrl, "vanthu.snv", password);
        var chairman = await CookieClientAsync(baseUrl, "chutich.ubnd", password);
        var unit = await CookieClientAsync(baseUrl, Environment.GetEnvironmentVariable("DF_UNIT_CLERK") ?? "canbo.tt0001", password);
        var admin = await CookieClientAsync(baseUrl, "quantri", password);
        var snvApi = BearerClient(baseUrl, Env("DF_TOKEN_SNV"));
        var chairmanApi = BearerClient(baseUrl, Env("DF_TOKEN_CHAIRMAN"));
        var anonymous = new HttpClient(Handler(null)) { BaseAddress = new Uri(baseUrl) };
        // A nominee's name typed without diacritics, as a desk searches (a name grow-database gives many nominees).
        var search = Environment.GetEnvironmentVariable("DF_SEARCH") ?? "truong thi my linh";
        var query = "search=" + Uri.EscapeDataString(search);

        (string Name, HttpClient Client, string Path)[] targets =
        [
            ("/healthz", anonymous, "/healthz"),
            ("Sở Nội vụ inbox page", clerk, "/Inbox"),
            ("GET /api/v1/inbox", snvApi, "/api/v1/inbox"),
            ($"Sở Nội vụ inbox page, search \"{search}\"", clerk, $"/Inbox?{query}"),
            ($"GET /api/v1/inbox?search={search}", snvApi, $"/api/v1/inbox?{query}"),
            ("GET /api/v1/chairman/inbox", chairmanApi, "/api/v1/chairman/inbox"),
            ("/Chairman page", chairman, "/Chairman"),
            ("unit clerk's dossier list", unit, "/Dossiers"),
            ("home page (Sở Nội vụ)", clerk, "/"),
            ("deadline progress (movement page)", admin, $"/Admin/Movements/Details/{Env("DF_MOVEMENT")}?year={Env("DF_YEAR")}"),
        ];
        Console.WriteLine($"{connections} connections, {seconds} s per target, {baseUrl}");
        Console.WriteLine($"| target | requests/s | p99 | vs /healthz | errors | server RSS |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
        double ceiling = 0;
        // DF_ONLY_ACTIONS=1: /healthz and the actions only, for comparing two builds' writes in alternating runs;
        // DF_ONLY=<text>: /healthz and the targets whose name contains the text, then no actions.
        var only = Environment.GetEnvironmentVariable("DF_ONLY");
        var chosen = Environment.GetEnvironmentVariable("DF_ONLY_ACTIONS") == "1" ? targets[..1]
            : only is { Length: > 0 } ? targets.Where((t, i) => i == 0 || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray() : targets;
        foreach (var (name, client, path) in chosen)
        {
            var result = await MeasureAsync(connections, seconds, async _ => await GetAsync(client, path));
            if (ceiling == 0) ceiling = result.PerSecond;
            Print(name, result, ceiling, pid);
        }

        if (only is { Length: > 0 }) return 0;
        var dossiers = new ConcurrentQueue<(Guid Id, int Revision)>(File.ReadAllLines(dossiersFile).Where(l => l.Contains(','))
            .Select(l => l.Split(',')).Select(p => (Guid.Parse(p[0]), int.Parse(p[1]))));
        // Two dossiers first, one at a time and not counted: the first receive compiles the action's queries and the
        // receipt's rendering, which would otherwise land on all 32 workers' first call and dominate a short run.
        for (var warm = 0; warm < 2 && dossiers.TryDequeue(out var first); warm++)
            if (await ActAsync(snvApi, first.Id, "receive", first.Revision, null) is { } revision)
                await ActAsync(snvApi, first.Id, "return", revision, "Bổ sung bản sao quyết định.");
        var actions = await MeasureAsync(connections, seconds, async _ =>
        {
            if (!dossiers.TryDequeue(out var dossier)) return false;
            var received = await ActAsync(snvApi, dossier.Id, "receive", dossier.Revision, null);
            return received is { } revision && await ActAsync(snvApi, dossier.Id, "return", revision, "Bổ sung bản sao quyết định.") is not null;
        }, countPerCall: 2);
        Print($"workflow actions (receive + return, {actions.Calls} dossiers)", actions, ceiling, pid);
        return 0;
    }

    private sealed record Result(double PerSecond, double P99Ms, int Errors, int Calls);

    private static async Task<Result> MeasureAsync(int connections, int seconds, Func<int, Task<bool>> call, int countPerCall = 1)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            while (stop.Elapsed < end)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try { ok = await call(worker); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { ok = false; } // refused or over 100 s: an error
                if (ok) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else if (Interlocked.Increment(ref errors) > 10_000) break;
                if (!ok && countPerCall > 1) break; // actions: no dossiers left
            }
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var sorted = latencies.OrderBy(l => l).ToArray();
        var p99 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
        return new Result(sorted.Length * countPerCall / elapsed, p99 / countPerCall, errors, sorted.Length);
    }

    private static void Print(string name, Result result, double ceiling, int pid) =>
        Console.WriteLine($"| {name} | {result.PerSecond:0.0} | {result.P99Ms:0} ms | 1/{ceiling / Math.Max(result.PerSecond, 0.001):0.#} | {result.Errors} | {Rss(pid)} MB |");

    private static async Task<bool> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    private sealed record ActionResult(string State, int Revision);

    private static async Task<int?> ActAsync(HttpClient client, Guid id, string action, int revision, string? comment)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/actions",
            new { action, revision, operationId = Guid.CreateVersion7(), comment });
        if (!response.IsSuccessStatusCode) return null;
        return (await response.Content.ReadFromJsonAsync<ActionResult>())!.Revision;
    }

    private static long Rss(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:")).Select(l => long.Parse(Digits().Match(l).Value) / 1024).FirstOrDefault();

    private static SocketsHttpHandler Handler(CookieContainer? cookies) => new()
    {
        MaxConnectionsPerServer = 64, AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer(),
    };

    private static HttpClient BearerClient(string baseUrl, string token)
    {
        var client = new HttpClient(Handler(null)) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<HttpClient> CookieClientAsync(string baseUrl, string userName, string password)
    {
        var client = new HttpClient(Handler(new CookieContainer())) { BaseAddress = new Uri(baseUrl) };
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Could not sign in as {userName}: {response.StatusCode}");
        return client;
    }

    private static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
