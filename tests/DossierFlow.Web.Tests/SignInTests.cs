using System.Net;
using DossierFlow.Domain.Access;
using DossierFlow.Web.Demo;

namespace DossierFlow.Web.Tests;

public class SignInTests(DemoApp app) : IClassFixture<DemoApp>
{
    public static TheoryData<string> DemoAccounts => new(DemoUsers.All.Select(a => a.UserName));

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Every_demo_user_signs_in_and_sees_their_roles_home(string userName)
    {
        var account = DemoUsers.All.Single(a => a.UserName == userName);
        var client = await SignIn.AsAsync(app, userName);

        var home = await client.GetStringAsync("/");

        Assert.Contains($"Trang làm việc: {Roles.Titles[account.Role]}", home);
        Assert.Contains(account.FullName, home);
    }

    [Fact]
    public async Task The_sign_in_page_is_vietnamese_and_anonymous_users_are_sent_to_it()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync("/Dossiers");
        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Tên đăng nhập", html);
        Assert.Contains("Mật khẩu", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        var response = await SignIn.PostAsync(app.CreateClient(), "canbo.syt", "sai-mat-khau");
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await SignIn.AsAsync(app, "kiemtra");
        var token = await SignIn.TokenAsync(client, "/");
        await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers_healthy()
    {
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
