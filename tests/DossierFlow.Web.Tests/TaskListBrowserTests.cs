using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// "Việc cần làm" in Chromium on a demo of its own (the counts change as the test acts): Sở Nội vụ's desk sees a
/// submitted dossier counted and opens it from the count, the council secretary the demo's two waiting dossiers,
/// and the unit, after Sở Nội vụ returned its dossier, the count and the reason at the top of the dossier.
/// </summary>
public class TaskListBrowserTests(KestrelDemoApp app, Chromium chromium) : IClassFixture<KestrelDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Each_role_home_page_starts_with_its_task_counts_that_open_the_filtered_lists()
    {
        await using var browser = chromium.Session();

        var desk = await SignedInAsync(browser, "vanthu.snv");
        Assert.Equal("Việc cần làm", await desk.InnerTextAsync("#viec-can-lam h2"));
        Assert.Equal("0", await CountAsync(desk, "home-affairs-receive"));

        var secretary = await SignedInAsync(browser, "thuky.hdtdkt");
        Assert.Equal("2", await CountAsync(secretary, "council-waiting"));

        var leader = await SignedInAsync(browser, "lanhdao.sldtbxh");
        await leader.GotoAsync(app.BaseUrl + "/Dossiers");
        await leader.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Trình Sở Nội vụ" }).ClickAsync();
        await leader.GetByText("Hồ sơ chuyển sang bước \"Đã trình Sở Nội vụ\"").WaitForAsync();

        await desk.GotoAsync(app.BaseUrl + "/");
        Assert.Equal("1", await CountAsync(desk, "home-affairs-receive"));
        await desk.ClickAsync("[data-task=home-affairs-receive] a");
        await Assertions.Expect(desk).ToHaveURLAsync(app.BaseUrl + "/Inbox?state=submitted");
        await desk.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await desk.FillAsync("textarea[name=Comment]", "Báo cáo thành tích chưa có xác nhận của cấp trình");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Trả lại để bổ sung" }).ClickAsync();
        await desk.GetByText("Hồ sơ chuyển sang bước \"Trả lại để bổ sung\"").WaitForAsync();

        var clerk = await SignedInAsync(browser, "canbo.sldtbxh");
        Assert.Equal("1", await CountAsync(clerk, "unit-returned"));
        await clerk.ClickAsync("[data-task=unit-returned] a");
        // Polls the address only: a wait on a load state once the address already matched timed out under load.
        await Assertions.Expect(clerk).ToHaveURLAsync(app.BaseUrl + "/Dossiers?state=returned");
        await clerk.GotoAsync(app.BaseUrl + "/Dossiers");
        await clerk.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Contains("Báo cáo thành tích chưa có xác nhận của cấp trình", await clerk.InnerTextAsync("#ly-do-tra-lai"));
        // The banner comes before everything else the dossier page shows.
        Assert.True(await clerk.EvaluateAsync<bool>(
            "() => document.querySelector('#ly-do-tra-lai').compareDocumentPosition(document.querySelector('main table')) & Node.DOCUMENT_POSITION_FOLLOWING"));
    }

    private static Task<string> CountAsync(IPage page, string task) => page.InnerTextAsync($"[data-task={task}] strong");

    private Task<IPage> SignedInAsync(BrowserSession browser, string userName) => BrowserTests.SignedInPageAsync(browser, app, userName);
}
