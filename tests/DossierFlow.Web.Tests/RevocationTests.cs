using System.Net;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 12 item 4: locking an account, removing a role, resetting a password and signing out end the account's
/// cookie sessions at once — the cookie taken before is refused on the very next request.
/// </summary>
public class RevocationTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly Actor Admin = new("test-admin", "Quản trị (kiểm thử)", Guid.Empty, new HashSet<string> { Roles.Admin });

    private async Task ChangeUserAsync(string userName, Func<UserInput, UserInput> change)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        var input = await scope.ServiceProvider.GetRequiredService<GetUser>().HandleAsync(Admin, user!.Id);
        await scope.ServiceProvider.GetRequiredService<SaveUser>().HandleAsync(Admin, user.Id, change(input));
    }

    private static async Task AssertSignedInAsync(HttpClient client)
    {
        var me = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var page = await client.GetAsync("/Dossiers");
        Assert.Equal("/Account/Login", page.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Locking_an_account_refuses_its_cookie_at_once()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        await AssertSignedInAsync(client);

        await ChangeUserAsync("canbo.sldtbxh", input => input with { Locked = true });

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Removing_a_role_refuses_the_cookie_that_carried_it()
    {
        var client = await SignIn.AsAsync(app, "vanthu.snv");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Inbox")).StatusCode);

        await ChangeUserAsync("vanthu.snv", input => input with { Roles = [] });

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Resetting_a_password_refuses_the_cookie_taken_with_the_old_one()
    {
        var client = await SignIn.AsAsync(app, "canbo.syt");
        await AssertSignedInAsync(client);

        await ChangeUserAsync("canbo.syt", input => input with { NewPassword = "MatKhauMoi@2026" });

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Signing_out_makes_a_copied_cookie_worthless()
    {
        var jar = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(jar));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostAsync(client, "lanhdao.sldtbxh", DemoApp.Password)).StatusCode);
        var session = jar.GetCookies(app.Server.BaseAddress)["DossierFlow"]!;
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        await AssertSignedInAsync(copy);

        var token = await SignIn.TokenAsync(client, "/");
        await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        await AssertRefusedAsync(copy);
    }

    private async Task<HttpClient> BearerAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await scope.ServiceProvider.GetRequiredService<Security.ApiTokens>().IssueAsync(user!));
        return client;
    }

    [Fact]
    public async Task Locking_an_account_refuses_its_api_token_on_the_very_next_request_although_its_claims_are_cached()
    {
        var client = await BearerAsync("chuyenvien.btdkt");
        await AssertSignedInAsync(client);
        await AssertSignedInAsync(client); // the second request is served from the cached claims

        await ChangeUserAsync("chuyenvien.btdkt", input => input with { Locked = true });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_api_token_is_refused_on_the_very_next_request()
    {
        var client = await BearerAsync("kiemtra");
        await AssertSignedInAsync(client);
        await AssertSignedInAsync(client);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByNameAsync("kiemtra");
            var id = client.DefaultRequestHeaders.Authorization!.Parameter!.Split('_')[1];
            Assert.True((await users.RemoveAuthenticationTokenAsync(user!, Security.ApiTokens.Provider, id)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}
