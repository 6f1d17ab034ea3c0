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

    [Fact]
    public async Task A_clerk_fills_the_to_trinh_in_the_browser_and_the_draft_joins_the_dossier()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var clerk = await SignedInPageAsync(browser, "canbo.syt");
        await clerk.GotoAsync(app.BaseUrl + "/Dossiers");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Sở Y tế" }).First.ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Tờ trình đề nghị khen thưởng" }).ClickAsync();

        await clerk.GetByLabel("Họ và tên người ký *").FillAsync("Lê Minh Khoa");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo bản dự thảo (.docx)" }).ClickAsync();
        await clerk.GetByText("Đã tạo bản dự thảo").WaitForAsync();

        await clerk.GetByRole(AriaRole.Link, new() { Name = "← Về hồ sơ" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "to-trinh-du-thao.docx" }).WaitForAsync();
        Assert.Contains("✔ Tờ trình đề nghị khen thưởng", await clerk.InnerTextAsync("main"));
    }

    [Fact]
    public async Task The_admin_sees_the_deadline_progress_the_outbox_and_the_jobs_pages()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var admin = await SignedInPageAsync(browser, "quantri");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Phong trào", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Vì người nghèo - Không để ai bị bỏ lại phía sau" }).ClickAsync();
        await admin.Locator("input[name=year]").FillAsync("2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await admin.GetByText("Tình hình thực hiện thời hạn năm 2025").WaitForAsync();
        Assert.Contains("Quá hạn, chưa gửi", await admin.InnerTextAsync("main"));

        await admin.GetByRole(AriaRole.Link, new() { Name = "Thư", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Hàng đợi thư" }).WaitForAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tác vụ", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Tác vụ định kỳ" }).WaitForAsync();
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
