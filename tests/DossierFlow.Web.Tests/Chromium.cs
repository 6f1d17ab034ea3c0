using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// One Debian Chromium per test class (a class fixture), shared by its tests: each test gets its own contexts
/// (cookies, storage), so tests stay apart while the browser starts once per class instead of once per test.
/// Classes keep browsers of their own, as they run in parallel.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>A session of the class's browser; disposing it closes the contexts it opened.</summary>
    public BrowserSession Session() => new(_browser ?? throw new InvalidOperationException("Chromium has not started."));

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium not found at {ExecutablePath}: run the tests with tests/run.sh, which installs it.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>What one test opens in the shared browser.</summary>
public sealed class BrowserSession(IBrowser browser) : IAsyncDisposable
{
    /// <summary>
    /// For WaitForURL: the address only. Its default load-state wait hung now and then on a page that had loaded
    /// (only "networkidle" was reported); the locators that follow wait for what they need.
    /// </summary>
    public static readonly PageWaitForURLOptions UrlCommitted = new() { WaitUntil = WaitUntilState.Commit };

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
