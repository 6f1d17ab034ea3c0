using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using DossierFlow.Web.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// What an operator of an ASP.NET Core service relies on: the standard listening settings, sign-in keys shared by
/// the nodes of one database, and a trusted reverse proxy.
/// </summary>
public sealed partial class HostingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-hosting-{Guid.NewGuid():N}");

    public HostingTests() => Directory.CreateDirectory(_folder);

    private ProcessStartInfo App(params string[] args)
    {
        var start = AppProcess.StartInfo(Path.Combine(_folder, "app.db"), _folder, args);
        start.Environment["Scheduling__Enabled"] = "false";
        return start;
    }

    /// <summary>Starts the built application, waits until it says where it listens, and asks /healthz there.</summary>
    private async Task<(string Listening, HttpStatusCode Health)> StartAndProbeAsync(ProcessStartInfo start, int port)
    {
        // Migrated by a copy of the run's migrated database, not by a `migrate` process: its subject is the listening.
        await DossierFlow.Tests.Shared.MigratedTemplates.CopySqliteToAsync(Path.Combine(_folder, "app.db"));
        using var app = Process.Start(start)!;
        var errors = app.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            while ((line = await app.StandardOutput.ReadLineAsync()) is not null && !line.Contains("Now listening on:")) { }
            if (line is null) Assert.Fail("The application stopped before listening: " + await errors);
            using var http = new HttpClient();
            var health = await http.GetAsync($"http://127.0.0.1:{port}/healthz");
            return (line!.Trim(), health.StatusCode);
        }
        finally
        {
            app.Kill();
            await app.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task ASPNETCORE_URLS_is_honoured()
    {
        var port = FreePort();
        var start = App();
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var (listening, health) = await StartAndProbeAsync(start, port);

        Assert.Equal($"Now listening on: http://127.0.0.1:{port}", listening);
        Assert.Equal(HttpStatusCode.OK, health);
    }

    [Fact]
    public async Task The_urls_argument_is_honoured()
    {
        var port = FreePort();

        var (listening, health) = await StartAndProbeAsync(App("--urls", $"http://127.0.0.1:{port}"), port);

        Assert.Equal($"Now listening on: http://127.0.0.1:{port}", listening);
        Assert.Equal(HttpStatusCode.OK, health);
    }

    [Fact]
    public void Port_5080_is_the_default_only_when_no_source_names_an_address()
    {
        string? Urls(params string[] args)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
            builder.ListenOnDefaultUrlUnlessConfigured();
            // What a source added later (a test host, a settings provider) says still wins over the default.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Later"] = "1" });
            return builder.Configuration["urls"];
        }

        Assert.Equal("http://localhost:5080", Urls());
        Assert.Equal("http://0.0.0.0:8080", Urls("--urls", "http://0.0.0.0:8080"));
        Assert.Null(Urls("--http_ports", "8080"));
        Assert.Null(Urls("--Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8081"));
    }

    /// <summary>The demo application on a database file of the test's choosing; the first one there finds the seeded demo.</summary>
    private sealed class AppOn : DemoApp
    {
        private readonly string _databaseFile;

        public AppOn(string databaseFile)
        {
            _databaseFile = databaseFile;
            if (!File.Exists(databaseFile)) DemoDatabaseTemplate.CopyTo(databaseFile);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={_databaseFile}",
            }));
        }
    }

    private static readonly WebApplicationFactoryClientOptions Raw = new() { AllowAutoRedirect = false, HandleCookies = false };

    /// <summary>Signs in through the form, carrying the antiforgery cookie by hand; the answer holds the sign-in cookie.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, params (string Name, string Value)[] headers)
    {
        var page = await client.GetAsync("/Account/Login");
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName, ["Password"] = DemoApp.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", CookiePairs(page));
        foreach (var (name, value) in headers) post.Headers.Add(name, value);
        return await client.SendAsync(post);
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static string SignInCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("DossierFlow="));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Two_instances_on_one_database_accept_the_same_sign_in_cookie_and_another_database_does_not()
    {
        var database = Path.Combine(_folder, "shared.db");
        using var first = new AppOn(database);
        var signedIn = await SignInAsync(first.CreateClient(Raw), "kiemtra");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = SignInCookie(signedIn).Split(';')[0];

        using var second = new AppOn(database);
        using var elsewhere = new DemoApp();
        async Task<HttpResponseMessage> MeAsync(WebApplicationFactory<Program> app)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Add("Cookie", cookie);
            return await app.CreateClient(Raw).SendAsync(request);
        }

        var me = await MeAsync(second);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"auditor\"", await me.Content.ReadAsStringAsync()); // kiemtra's role
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(elsewhere)).StatusCode);
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var keys = connection.CreateCommand();
        keys.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
        Assert.True((long)(await keys.ExecuteScalarAsync())! >= 1);
    }

    /// <summary>The demo application on real Kestrel (requests come from 127.0.0.1), trusting the given proxy address.</summary>
    private sealed class BehindProxy : DemoApp
    {
        private readonly string _knownProxy;

        public BehindProxy(string knownProxy)
        {
            _knownProxy = knownProxy;
            UseKestrel(0);
            StartServer();
        }

        /// <summary>A client of the real server that shows redirects and cookies as they are sent.</summary>
        public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1")),
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // HSTS is sent outside Development only, as in a real deployment.
            builder.UseEnvironment(Microsoft.Extensions.Hosting.Environments.Production);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReverseProxy:KnownProxies:0"] = _knownProxy,
            }));
        }
    }

    private static readonly (string, string)[] FromTlsProxy =
        [("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "thiduakhenthuong.example.gov.vn"), ("X-Forwarded-For", "203.0.113.7")];

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Forwarded_headers_from_the_configured_proxy_give_secure_cookies_and_hsts()
    {
        using var app = new BehindProxy("127.0.0.1");
        using var client = app.Client();

        var redirect = await GetAsync(client, "/Dossiers", FromTlsProxy);
        var signedIn = await SignInAsync(client, "kiemtra", FromTlsProxy);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        // The sign-in redirect is relative (item 7 of issue 12), so it stays on the public host whatever Host says.
        Assert.Equal("/Account/Login?ReturnUrl=%2FDossiers", redirect.Headers.Location!.OriginalString);
        Assert.True(redirect.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("; secure", SignInCookie(signedIn), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_any_other_address_are_ignored()
    {
        using var app = new BehindProxy("10.20.30.40");
        using var client = app.Client();

        var redirect = await GetAsync(client, "/Dossiers", FromTlsProxy);
        var signedIn = await SignInAsync(client, "kiemtra", FromTlsProxy);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2FDossiers", redirect.Headers.Location!.OriginalString);
        Assert.False(redirect.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", SignInCookie(signedIn), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
