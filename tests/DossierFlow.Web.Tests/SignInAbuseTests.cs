using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 12 item 5: wrong passwords are throttled per client and per account name instead of locking the
/// account; API tokens keep working meanwhile; an unknown user is answered like a wrong password, at the same cost.
/// </summary>
public partial class SignInAbuseTests
{
    private const string Victim = "canbo.syt";

    /// <summary>
    /// The demo on real Kestrel behind a trusted proxy (127.0.0.1), so X-Forwarded-For names the client as it does
    /// in production; three attempts per client and ten per account per window.
    /// </summary>
    private sealed class ThrottledApp : DemoApp
    {
        public ThrottledApp()
        {
            UseKestrel(0);
            StartServer();
        }

        public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1")),
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
                ["SignIn:ClientAttempts"] = "3",
                ["SignIn:AccountAttempts"] = "10",
                ["SignIn:Window"] = "00:10:00",
            }));
        }
    }

    private static async Task<HttpResponseMessage> SignInFromAsync(HttpClient client, string clientAddress, string userName, string password)
    {
        var token = await SignIn.TokenAsync(client, "/Account/Login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Strangers_guessing_a_password_are_throttled_but_cannot_lock_out_the_user_or_the_api_token()
    {
        using var app = new ThrottledApp();
        var apiToken = await Demo.TokenForAsync(app, Victim);
        using var attacker = app.Client();
        using var secondAttacker = app.Client();

        // Six wrong passwords from two addresses: five locked the account before.
        for (var i = 0; i < 3; i++)
        {
            var wrong = await SignInFromAsync(attacker, "203.0.113.7", Victim, "sai-mat-khau-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync());
        }
        var throttled = await SignInFromAsync(attacker, "203.0.113.7", Victim, "sai-mat-khau-3");
        for (var i = 0; i < 3; i++) await SignInFromAsync(secondAttacker, "198.51.100.23", Victim, "sai-mat-khau-" + i);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = await throttled.Content.ReadAsStringAsync();
        Assert.Contains("Có quá nhiều lần đăng nhập", page);
        Assert.Contains("Vui lòng thử lại sau", page);
        Assert.Contains("Chưa đăng nhập được:", page); // a sign-in that was refused, not a form that was not saved
        Assert.Contains($"value=\"{Victim}\"", page); // the form keeps what was typed
        // Even the right password waits while this client is throttled.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(attacker, "203.0.113.7", Victim, DemoApp.Password)).StatusCode);

        // The service integration keeps working while the password is being guessed…
        using var service = app.Client();
        service.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("/api/v1/me")).StatusCode);
        // …and the real user, from their own address, signs in with the right password.
        using var user = app.Client();
        var signedIn = await SignInFromAsync(user, "192.0.2.10", Victim, DemoApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_administrators_lock_still_refuses_the_right_password_and_the_api_token()
    {
        using var app = new ThrottledApp();
        var apiToken = await Demo.TokenForAsync(app, "kiemtra");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = new Actor("test-admin", "Quản trị (kiểm thử)", Guid.Empty, new HashSet<string> { Roles.Admin });
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("kiemtra");
            var input = await scope.ServiceProvider.GetRequiredService<GetUser>().HandleAsync(admin, user!.Id);
            await scope.ServiceProvider.GetRequiredService<SaveUser>().HandleAsync(admin, user.Id, input with { Locked = true });
        }
        using var client = app.Client();

        var response = await SignInFromAsync(client, "192.0.2.11", "kiemtra", DemoApp.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tài khoản này đã bị khóa", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        using var service = app.Client();
        service.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>The demo with a password hasher that counts verifications, to see the work done for each answer.</summary>
    private sealed class CountingHasherApp : DemoApp
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    private sealed class CountingHasher : PasswordHasher<ApplicationUser>
    {
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);

        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task An_unknown_user_is_answered_exactly_like_a_wrong_password_after_the_same_password_check()
    {
        using var app = new CountingHasherApp();
        var client = app.CreateClient();
        await SignIn.TokenAsync(client, "/Account/Login"); // the antiforgery cookie exists before both attempts

        var before = app.Hasher.Verifications;
        var wrongPassword = await SignIn.PostAsync(client, Victim, "sai-mat-khau");
        var afterWrongPassword = app.Hasher.Verifications;
        var unknownUser = await SignIn.PostAsync(client, "khong.ton.tai", "sai-mat-khau");
        var afterUnknownUser = app.Hasher.Verifications;

        // One hash verification each: the unknown user's is made against a throwaway hash.
        Assert.Equal(1, afterWrongPassword - before);
        Assert.Equal(1, afterUnknownUser - afterWrongPassword);
        Assert.Equal(wrongPassword.StatusCode, unknownUser.StatusCode);
        Assert.Equal(Headers(wrongPassword), Headers(unknownUser));
        Assert.Equal(Comparable(await wrongPassword.Content.ReadAsStringAsync(), Victim),
            Comparable(await unknownUser.Content.ReadAsStringAsync(), "khong.ton.tai"));
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await unknownUser.Content.ReadAsStringAsync());
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n",
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not "Date" and not "Content-Length")
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .Select(h => h.Key + ": " + (h.Key == "Set-Cookie" ? "(cookie)" : string.Join(",", h.Value))));

    /// <summary>The page with what differs by nature removed: the fresh antiforgery token and the typed user name.</summary>
    private static string Comparable(string html, string typedUserName) =>
        AntiforgeryValue().Replace(html, "value=\"(token)\"").Replace($"value=\"{typedUserName}\"", "value=\"(typed)\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
