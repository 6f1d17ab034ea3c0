using DossierFlow.Application.Demo;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Tests.Shared.Mail;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>The demo on real Kestrel for Chromium, sending its mail to the test run's real SMTP server (aiosmtpd).</summary>
public sealed class KestrelSmtpDemoApp : DemoApp
{
    public KestrelSmtpDemoApp()
    {
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SmtpDemoApp.SendMailToTheTestServer(builder);
    }
}

/// <summary>
/// A season-sized dossier in Chromium, end to end: the unit's clerk downloads the nominee template from the dossier
/// page, fills it to 200 people and imports it through the page; the leader submits; Sở Nội vụ's desk finds the
/// dossier in its inbox by a nominee's name typed without diacritics and receives it; the unit's mail with the
/// receipt attached reaches a real SMTP server.
/// </summary>
public class SeasonBrowserTests(KestrelSmtpDemoApp app, Chromium chromium) : IClassFixture<KestrelSmtpDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_unit_imports_200_nominees_and_Home_Affairs_finds_the_dossier_unaccented_receives_it_and_the_receipt_is_mailed()
    {
        var maildir = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR");
        Assert.False(string.IsNullOrEmpty(maildir), "DOSSIERFLOW_TEST_MAILDIR is not set: run the tests with tests/run.sh.");
        await using var browser = chromium.Session();
        var labour = await Demo.DossierOfAsync(app, "SNV");
        var code = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == labour).Select(d => d.Code).SingleAsync());

        var clerk = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "canbo.sldtbxh");
        await clerk.GotoAsync($"{app.BaseUrl}/Dossiers/Details/{labour}");
        var download = await clerk.RunAndWaitForDownloadAsync(() =>
            clerk.GetByRole(AriaRole.Link, new() { Name = "Tải mẫu danh sách (.xlsx)" }).ClickAsync());
        Assert.Equal("mau-danh-sach-doi-tuong.xlsx", download.SuggestedFilename);
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);

        // The template holds the dossier's two nominees; the clerk adds 198 people below them.
        var current = NomineeWorkbook.Rows(template);
        var people = NomineeWorkbook.People(198, firstStt: current.Count + 1);
        Assert.Equal("Đỗ Thị Phượng", people[151][1]);
        var file = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, NomineeWorkbook.Fill(template, current.Concat(people)));
        try
        {
            await clerk.SetInputFilesAsync("#import-nominees input[type=file]", file);
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách" }).ClickAsync();
            await clerk.GetByText("Đã nhập danh sách: thêm 198, cập nhật 2 đối tượng.").WaitForAsync();
        }
        finally { File.Delete(file); }
        await clerk.GetByRole(AriaRole.Heading, new() { Name = "Đối tượng đề nghị khen thưởng (200)" }).WaitForAsync();
        Assert.Equal(200, await clerk.Locator("#nominees tbody tr").CountAsync());
        Assert.Contains("Đỗ Thị Phượng", await clerk.InnerTextAsync("#nominees"));

        await AttachSignedReportsAsync(labour);
        var leader = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "lanhdao.sldtbxh");
        await leader.GotoAsync($"{app.BaseUrl}/Dossiers/Details/{labour}");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Trình Sở Nội vụ" }).ClickAsync();
        await leader.GetByText("Hồ sơ chuyển sang bước \"Đã trình Sở Nội vụ\"").WaitForAsync();

        var desk = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "vanthu.snv");
        await desk.GotoAsync(app.BaseUrl + "/Inbox");
        await desk.GetByLabel("Tìm kiếm").FillAsync("do thi phuong");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("search=do+thi+phuong"), BrowserSession.UrlCommitted);
        var found = desk.Locator("#inbox tbody tr");
        await found.GetByRole(AriaRole.Link, new() { Name = code }).WaitForAsync();
        Assert.Equal(1, await found.CountAsync());
        Assert.Contains("Sở Nội vụ", await found.InnerTextAsync());
        await found.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ đủ thành phần" }).ClickAsync();
        await desk.GetByText("Hồ sơ chuyển sang bước").WaitForAsync();
        Assert.Equal("appraising", await desk.GetAttributeAsync("svg .state.current", "data-state"));

        // The outbox is dispatched here (the demo's scheduler is off in tests); the mail goes to the real server.
        var receipt = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == labour).SelectMany(d => d.Documents).SingleAsync(d => d.Kind == "phieu-tiep-nhan"));
        var mail = await Demo.QueryAsync(app, db => db.Outbox.AsNoTracking()
            .SingleAsync(m => m.IdempotencyKey.StartsWith($"dossier:{labour}:") && m.IdempotencyKey.EndsWith(":proposing-unit")));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().DispatchAllAsync(CancellationToken.None);
        var eml = Directory.GetFiles(maildir!).Single(f => File.ReadAllText(f).Contains(mail.MessageId));
        var received = (await PythonEmail.ReadAsync(eml)).Single();
        Assert.Equal(["snv@cantho.demo.gov.vn"], received.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(code, received.GetProperty("subject").GetString());
        var attachment = received.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal(receipt.FileName, attachment.GetProperty("filename").GetString());
        Assert.Equal(receipt.Size, attachment.GetProperty("size").GetInt64());
    }

    /// <summary>
    /// The signed achievement report of each new nominee, stored as the upload would store it: a dossier is submitted
    /// only with one per nominee, and 198 uploads through the page would test the upload (SignedDocumentsTests), not this path.
    /// </summary>
    private async Task AttachSignedReportsAsync(Guid dossierId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.AppDbContext>();
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).SingleAsync(d => d.Id == dossierId);
        var award = await db.AwardTypes.SingleAsync(a => a.Id == dossier.AwardTypeId);
        var content = DocumentContent.From(DemoScan.Pdf("Bao cao thanh tich da ky"));
        if (!await db.DocumentContents.AnyAsync(c => c.Sha256 == content.Sha256)) db.DocumentContents.Add(content);
        foreach (var kind in DemoScan.SignedKinds(award, dossier).Where(k => dossier.Documents.All(d => d.Kind != k)).ToList())
            dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, DateTime.UtcNow, "canbo.sldtbxh");
        await db.SaveChangesAsync();
    }
}
