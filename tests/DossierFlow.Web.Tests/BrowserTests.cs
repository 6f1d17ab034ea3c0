using Microsoft.EntityFrameworkCore;
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

public class BrowserTests(KestrelDemoApp app, Chromium chromium) : IClassFixture<KestrelDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_clerk_signs_in_in_the_browser_and_sees_the_clerks_home_page()
    {
        await using var browser = chromium.Session();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("canbo.sldtbxh");
        await page.GetByLabel("Mật khẩu").FillAsync(DemoApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Trang làm việc: Cán bộ thi đua, khen thưởng đơn vị" }).WaitForAsync();
        Assert.Equal(app.BaseUrl + "/", page.Url);
        Assert.Contains("Sở Nội vụ", await page.InnerTextAsync("main"));
        Assert.Contains("Trần Thị Ngọc Hương", await page.InnerTextAsync("main") + await NomineesOfFirstDossierAsync(page));
    }

    [Fact]
    public async Task The_leader_submits_and_the_home_affairs_desk_receives_from_its_inbox()
    {
        await using var browser = chromium.Session();

        var leader = await SignedInPageAsync(browser, "lanhdao.sldtbxh");
        await leader.GotoAsync(app.BaseUrl + "/Dossiers");
        await leader.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Trình Sở Nội vụ" }).ClickAsync();
        await leader.GetByText("Hồ sơ chuyển sang bước \"Đã trình Sở Nội vụ\"").WaitForAsync();
        Assert.Contains("Nộp muộn", await leader.InnerTextAsync("main"));

        var desk = await SignedInPageAsync(browser, "vanthu.snv");
        await desk.GotoAsync(app.BaseUrl + "/Inbox");
        await desk.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ đủ thành phần" }).ClickAsync();
        await desk.GetByText("Còn 25 ngày làm việc").WaitForAsync();
        Assert.Equal("appraising", await desk.GetAttributeAsync("svg .state.current", "data-state"));
    }

    [Fact]
    public async Task A_clerk_fills_the_to_trinh_in_the_browser_and_the_draft_joins_the_dossier()
    {
        await using var browser = chromium.Session();
        var clerk = await SignedInPageAsync(browser, "canbo.syt");
        await clerk.GotoAsync(app.BaseUrl + "/Dossiers");
        await clerk.Locator("tbody tr", new() { HasText = "Sở Y tế" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Tờ trình đề nghị khen thưởng" }).ClickAsync();

        await clerk.GetByLabel("Họ và tên người ký *").FillAsync("Lê Minh Khoa");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo bản dự thảo (.docx)" }).ClickAsync();
        await clerk.GetByText("Đã tạo bản dự thảo").WaitForAsync();

        await clerk.GetByRole(AriaRole.Link, new() { Name = "← Về hồ sơ" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "to-trinh-du-thao.docx" }).WaitForAsync();
        // The draft joins the dossier's documents but, unsigned, does not complete the checklist.
        var main = await clerk.InnerTextAsync("main");
        Assert.Contains("✘ Tờ trình đề nghị khen thưởng — còn thiếu bản đã ký", main);
        Assert.Contains("Dự thảo", main);
    }

    [Fact]
    public async Task The_admin_sees_the_deadline_progress_the_outbox_the_sweeps_and_the_jobs_dashboard()
    {
        await using var browser = chromium.Session();
        var admin = await SignedInPageAsync(browser, "quantri");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Phong trào", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Vì người nghèo - Không để ai bị bỏ lại phía sau" }).ClickAsync();
        await admin.Locator("input[name=year]").FillAsync("2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await admin.GetByText("Tình hình thực hiện thời hạn năm 2025").WaitForAsync();
        Assert.Contains("Quá hạn, chưa gửi", await admin.InnerTextAsync("main"));

        await admin.GetByRole(AriaRole.Link, new() { Name = "Thư", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Hàng đợi thư" }).WaitForAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Quét thời hạn", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử quét thời hạn" }).WaitForAsync();
        // Hangfire's dashboard, its scripts and styles served under the application's sign-in.
        await admin.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Tác vụ", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tác vụ định kỳ — DossierFlow" }).WaitForAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Recurring Jobs" }).WaitForAsync();
    }

    [Fact]
    public async Task The_council_meets_on_two_dossiers_and_the_Chairman_signs_the_decision_in_the_browser()
    {
        await using var browser = chromium.Session();
        var secretary = await SignedInPageAsync(browser, "thuky.hdtdkt");
        secretary.Dialog += (_, dialog) => dialog.AcceptAsync();   // "Xác nhận kết quả …?"
        await secretary.GotoAsync(app.BaseUrl + "/Council/Sessions");
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Lập phiên họp mới" }).ClickAsync();
        // The meeting is in a few minutes, today: the minutes take its date, and the Chairman's decision may not be dated
        // before them (a session is never scheduled in the past).
        var meeting = DateTime.UtcNow.AddHours(7).AddMinutes(3);
        await secretary.GetByLabel("Ngày họp (dd/MM/yyyy)").FillAsync(meeting.ToString("dd/MM/yyyy"));
        await secretary.GetByLabel("Giờ bắt đầu (HH:mm)").FillAsync(meeting.ToString("HH:mm"));
        await secretary.Locator("#new-session label", new() { HasText = "Sở Giáo dục và Đào tạo" }).Locator("input[name=DossierIds]").CheckAsync();
        await secretary.Locator("#new-session label", new() { HasText = "Liên đoàn Lao động thành phố" }).Locator("input[name=DossierIds]").CheckAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lập phiên họp và gửi giấy mời" }).ClickAsync();
        await secretary.GetByText("Đã lập phiên họp và gửi giấy mời").WaitForAsync();

        // Attendance and votes are taken from the session's start: the application's clock is moved there.
        app.Clock.MoveToLocal(new DateTime(meeting.Year, meeting.Month, meeting.Day, meeting.Hour, meeting.Minute, 0));
        await secretary.GetByLabel("Có mặt: Huỳnh Thị Diễm").UncheckAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Ghi danh sách có mặt" }).ClickAsync();
        await secretary.GetByText("Đã ghi danh sách thành viên có mặt").WaitForAsync();

        await secretary.GetByRole(AriaRole.Link, new() { Name = "Bảng biểu quyết" }).ClickAsync();
        await secretary.GetByLabel("Đồng ý: Trường THPT Chuyên Nguyễn Thị Minh Khai", new() { Exact = true }).FillAsync("8");
        await secretary.GetByLabel("Đồng ý: Kim Thị Sa Phia", new() { Exact = true }).FillAsync("5");
        await secretary.GetByLabel("Không đồng ý: Kim Thị Sa Phia", new() { Exact = true }).FillAsync("3");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Tạm lưu" }).ClickAsync();
        await secretary.GetByText("Đã tạm lưu kết quả biểu quyết").WaitForAsync();
        var votes = await secretary.InnerTextAsync("#votes");
        Assert.Contains("Đạt", votes);
        Assert.Contains("Không đạt 5/9 phiếu đồng ý (55,56% tổng số thành viên Hội đồng, biểu quyết)", votes.Replace("\n", " ").Replace("\t", " "));
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Xác nhận kết quả biểu quyết" }).ClickAsync();
        await secretary.GetByText("Đã xác nhận kết quả biểu quyết: 1 đạt, 1 không đạt").WaitForAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lập biên bản họp" }).ClickAsync();
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Biên bản số 01/BB-HĐTĐKT (.docx)" }).WaitForAsync();

        var chairman = await SignedInPageAsync(browser, "chutich.ubnd");
        await chairman.GotoAsync(app.BaseUrl + "/Chairman");
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh", await chairman.InnerTextAsync("main"));
        await chairman.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt khen thưởng các đối tượng đã chọn" }).ClickAsync();
        await chairman.GetByText("Đã ký duyệt").WaitForAsync();
        Assert.Equal("awarded", await chairman.GetAttributeAsync("svg .state.current", "data-state"));
        var decision = await Demo.QueryAsync(app, async db =>
        {
            var sha = await db.Dossiers.SelectMany(d => d.Documents).Where(d => d.Kind == "quyet-dinh-khen-thuong").Select(d => d.Sha256).SingleAsync();
            return (await db.DocumentContents.SingleAsync(c => c.Sha256 == sha)).Bytes;
        });
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(decision), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Trường THPT Chuyên Nguyễn Thị Minh Khai", text);
        // 1,5 × the base salary in force on the decision's day × 2 for a collective
        var salary = new DossierFlow.Application.Forms.ProvinceOptions().BaseSalaryOn(DossierFlow.Application.Common.VietnameseFormat.Today(TimeProvider.System));
        Assert.Contains((1.5m * salary * 2).ToString("N0", DossierFlow.Application.Common.VietnameseFormat.Culture), text);

        var union = await Demo.DossierOfAsync(app, "LDLD");
        await chairman.GotoAsync(app.BaseUrl + $"/Dossiers/Details/{union}");
        Assert.Equal("refused", await chairman.GetAttributeAsync("svg .state.current", "data-state"));
    }

    [Fact]
    public async Task The_dossier_page_prints_on_A4_with_its_content_and_without_navigation_or_buttons()
    {
        await using var browser = chromium.Session();
        var clerk = await SignedInPageAsync(browser, "canbo.sldtbxh");
        await clerk.GotoAsync(app.BaseUrl + $"/Dossiers/Details/{await Demo.DossierOfAsync(app, "SNV")}");
        Assert.True(await clerk.GetByRole(AriaRole.Button, new() { Name = "In trang này" }).IsVisibleAsync());

        await clerk.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await clerk.Locator("header.topbar").IsVisibleAsync());
        Assert.False(await clerk.GetByRole(AriaRole.Button, new() { Name = "In trang này" }).IsVisibleAsync());
        Assert.False(await clerk.GetByRole(AriaRole.Button, new() { Name = "Xóa" }).First.IsVisibleAsync());
        Assert.Equal("1px solid rgb(0, 0, 0)", await clerk.Locator("main table td").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTop"));

        // Chromium prints with the page's own @page size (A4: 595 × 842 points).
        var pdf = await clerk.PdfAsync(new() { PreferCSSPageSize = true });
        var text = PdfPreviewTests.PdfText(pdf);
        Assert.Contains("Hồ sơ đề nghị khen thưởng", text);
        Assert.Contains("Trần Thị Ngọc Hương", text);
        Assert.DoesNotContain("Đăng xuất", text);
        // Buttons and button-styled links are not printed (the journal may name actions such as "Trình Sở Nội vụ").
        Assert.DoesNotContain("Tải bộ hồ sơ (.zip)", text);
        Assert.Contains("(A4)", PdfPreviewTests.PdfText(pdf, "pdfinfo"));
    }

    private Task<IPage> SignedInPageAsync(BrowserSession browser, string userName) => SignedInPageAsync(browser, app, userName);

    internal static Task<IPage> SignedInPageAsync(BrowserSession browser, KestrelDemoApp app, string userName) =>
        SignedInPageAsync(browser, app.BaseUrl, userName);

    internal static async Task<IPage> SignedInPageAsync(BrowserSession browser, string baseUrl, string userName)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào", Exact = false }).WaitForAsync();
        return page;
    }

    private async Task<string> NomineesOfFirstDossierAsync(IPage page)
    {
        await page.Locator("tbody tr", new() { HasText = await Demo.DossierCodeOfAsync(app, "SNV") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        return await page.InnerTextAsync("main");
    }
}
