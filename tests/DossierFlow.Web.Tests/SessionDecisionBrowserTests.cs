using DossierFlow.Application.Mail;
using DossierFlow.Tests.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// One decision for a session of 112 nominees in Chromium: the Vice-Chairman (who signs "KT. CHỦ TỊCH") approves
/// all but one of them with a reason; the document office numbers and dates the Quyết định; its PDF opens, signed
/// as the Vice-Chairman; each unit's mail (to a real SMTP server) carries its own awarded nominees and the decision.
/// </summary>
public class SessionDecisionBrowserTests(KestrelSmtpDemoApp app, Chromium chromium) : IClassFixture<KestrelSmtpDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_Vice_Chairman_approves_all_but_one_the_office_numbers_it_and_each_unit_is_mailed_its_part()
    {
        var maildir = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR");
        Assert.False(string.IsNullOrEmpty(maildir), "DOSSIERFLOW_TEST_MAILDIR is not set: run the tests with tests/run.sh.");
        var session = await DecisionSessions.SessionWithMinutesAsync(app, new Dictionary<string, int> { ["SLDTBXH"] = 60, ["SYT"] = 50 });
        await using var browser = chromium.Session();

        // Sở Lao động's 2 demo nominees and 60 more, Sở Y tế's 1 and 50 more: 113, of whom one is left out.
        var vice = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "phochutich.ubnd");
        await vice.GotoAsync(app.BaseUrl + "/Chairman/Sessions");
        await vice.Locator("#decided-sessions").GetByRole(AriaRole.Link).First.ClickAsync();
        await vice.GetByRole(AriaRole.Heading, new() { Name = "Bằng khen của Chủ tịch UBND tỉnh: 113 đối tượng của 2 đơn vị" }).WaitForAsync();
        Assert.Contains("Sở Y tế (51 đối tượng)", await vice.InnerTextAsync("#approve"));
        Assert.Equal(113, await vice.Locator("#approve tbody tr").CountAsync());
        Assert.Equal("Huỳnh Thị Diễm Ngọc — Phó Chủ tịch (ký thay: KT. CHỦ TỊCH)",
            (await vice.Locator("#signer option:checked").InnerTextAsync()).Trim());
        // No signer: a clear message, nothing approved.
        await vice.Locator("#signer").SelectOptionAsync("");
        await vice.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt Quyết định khen thưởng" }).ClickAsync();
        await vice.GetByText("Vui lòng chọn người ký quyết định (tài khoản có thẩm quyền ký).").WaitForAsync();
        await vice.Locator("#signer").SelectOptionAsync(new SelectOptionValue { Label = "Huỳnh Thị Diễm Ngọc — Phó Chủ tịch (ký thay: KT. CHỦ TỊCH)" });
        await vice.GetByLabel("Không khen thưởng Lâm Văn Sơn", new() { Exact = true }).CheckAsync();
        await vice.GetByLabel("Lý do không khen thưởng Lâm Văn Sơn").FillAsync("Đã được tặng Bằng khen năm 2024 cho cùng thành tích");
        await vice.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt Quyết định khen thưởng" }).ClickAsync();
        await vice.GetByText("Đã phê duyệt khen thưởng, trừ 1 trường hợp.", new() { Exact = false }).WaitForAsync();

        var office = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "vanthu.ubnd");
        await office.GotoAsync(app.BaseUrl + "/DocumentOffice");
        var form = office.Locator("form.decision").First;
        // A date before the minutes: refused with both dates named, nothing issued.
        await form.GetByLabel("Ngày ban hành (dd/MM/yyyy)").FillAsync("01/01/2020");
        await form.GetByRole(AriaRole.Button, new() { Name = "Cấp số và ban hành" }).ClickAsync();
        await office.GetByText("Ngày ban hành (01/01/2020) không được trước ngày biên bản họp Hội đồng", new() { Exact = false }).WaitForAsync();
        await office.GotoAsync(app.BaseUrl + "/DocumentOffice");
        var number = int.Parse(await form.GetByLabel("Số văn bản").InputValueAsync());
        await form.GetByRole(AriaRole.Button, new() { Name = "Cấp số và ban hành" }).ClickAsync();
        await office.GetByText($"Đã cấp số {number:00}/QĐ-UBND", new() { Exact = false }).WaitForAsync();
        Assert.Contains("112 đối tượng được khen thưởng, 2 hồ sơ", await office.InnerTextAsync("body"));

        // The decision's PDF, from the session's page.
        await office.GotoAsync($"{app.BaseUrl}/Chairman/Session/{session}");
        var pdfLink = office.GetByRole(AriaRole.Link, new() { Name = "Xem bản PDF" });
        // LibreOffice converts the 113-row decision; its first start on a loaded machine takes longer than Playwright's default.
        var response = await office.APIRequest.GetAsync(app.BaseUrl + await pdfLink.GetAttributeAsync("href"), new() { Timeout = 180_000 });
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var pdf = PdfPreviewTests.PdfText(await response.BodyAsync());
        Assert.Contains($"{number:00}/QĐ-UBND", pdf);
        Assert.Contains("KT. CHỦ TỊCH", pdf);
        Assert.Contains("PHÓ CHỦ TỊCH", pdf);
        Assert.Contains("Huỳnh Thị Diễm Ngọc", pdf);
        Assert.Contains("Trần Thị Ngọc Hương", pdf);
        Assert.DoesNotContain("Lâm Văn Sơn", pdf);

        // Each unit's mail: its own awarded nominees and the decision attached.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().DispatchAllAsync(CancellationToken.None);
        var health = await Demo.DossierOfAsync(app, "SYT");
        var mail = await Demo.QueryAsync(app, db => db.Outbox.AsNoTracking()
            .SingleAsync(m => m.IdempotencyKey.StartsWith($"dossier:{health}:") && m.AttachmentName!.StartsWith("quyet-dinh")));
        var eml = Directory.GetFiles(maildir!).Single(f => File.ReadAllText(f).Contains(mail.MessageId));
        var received = (await PythonEmail.ReadAsync(eml)).Single();
        Assert.Equal(["syt@soctrang.demo.gov.vn"], received.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        var body = received.GetProperty("body").GetString()!;
        Assert.Contains("(50) theo Quyết định số", body);
        Assert.Contains("Không khen thưởng: Lâm Văn Sơn (Đã được tặng Bằng khen năm 2024 cho cùng thành tích)", body);
        Assert.DoesNotContain("Trần Thị Ngọc Hương", body);
        Assert.StartsWith("quyet-dinh-so-", received.GetProperty("attachments").EnumerateArray().Single().GetProperty("filename").GetString());
        var labour = await Demo.DossierOfAsync(app, "SLDTBXH");
        Assert.Equal(["awarded", "awarded"], await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == health || d.Id == labour)
            .Select(d => d.State).ToListAsync()));
    }
}
