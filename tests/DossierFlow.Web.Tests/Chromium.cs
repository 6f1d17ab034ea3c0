using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// One Debian Chromium per test run, shared by the browser tests: each test gets its own contexts (cookies, storage),
/// so tests stay apart while the browser starts once instead of once per test.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<Task<IBrowser>> Browser = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>A session of the shared browser; disposing it closes the contexts it opened.</summary>
    public static async Task<BrowserSession> SessionAsync() => new(await Browser.Value);

    private static async Task<IBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium not found at {ExecutablePath}: run the tests with tests/run.sh, which installs it.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }
}

/// <summary>What one test opens in the shared browser.</summary>
public sealed class BrowserSession(IBrowser browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A page in a context of its own, as a second user at another computer would have.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync();
        lock (_contexts) _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
