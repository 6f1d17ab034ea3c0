using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>The demo app on real Kestrel, driven by Debian's Chromium through Playwright.</summary>
public sealed class KestrelDemoApp : DemoApp
{
    public KestrelDemoApp()
    {
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");
}

public class BrowserTests(KestrelDemoApp app) : IClassFixture<KestrelDemoApp>
{
    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task A_clerk_signs_in_in_the_browser_and_sees_the_clerks_home_page()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("canbo.sldtbxh");
        await page.GetByLabel("Mật khẩu").FillAsync(DemoApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Trang làm việc: Cán bộ thi đua, khen thưởng đơn vị" }).WaitForAsync();
        Assert.Equal(app.BaseUrl + "/", page.Url);
        Assert.Contains("Sở Lao động - Thương binh và Xã hội", await page.InnerTextAsync("main"));
        Assert.Contains("Trần Thị Ngọc Hương", await page.InnerTextAsync("main") + await NomineesOfFirstDossierAsync(page));
    }

    [Fact]
    public async Task The_leader_submits_and_the_home_affairs_desk_receives_from_its_inbox()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);

        var leader = await SignedInPageAsync(browser, "lanhdao.sldtbxh");
        await leader.GotoAsync(app.BaseUrl + "/Dossiers");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Sở Lao động - Thương binh và Xã hội" }).First.ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Trình Sở Nội vụ" }).ClickAsync();
        await leader.GetByText("Hồ sơ chuyển sang bước \"Đã trình Sở Nội vụ\"").WaitForAsync();
        Assert.Contains("Nộp muộn", await leader.InnerTextAsync("main"));

        var desk = await SignedInPageAsync(browser, "vanthu.snv");
        await desk.GotoAsync(app.BaseUrl + "/Inbox");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Sở Lao động - Thương binh và Xã hội" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ đủ thành phần" }).ClickAsync();
        await desk.GetByText("Còn 25 ngày làm việc").WaitForAsync();
        Assert.Equal("appraising", await desk.GetAttributeAsync("svg .state.current", "data-state"));
    }

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium not found at {ChromiumPath}: run the tests with tests/run.sh, which installs it.");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    private async Task<IPage> SignedInPageAsync(IBrowser browser, string userName)
    {
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào", Exact = false }).WaitForAsync();
        return page;
    }

    private static async Task<string> NomineesOfFirstDossierAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Sở Lao động - Thương binh và Xã hội" }).First.ClickAsync();
        return await page.InnerTextAsync("main");
    }
}
