using DocumentFormat.OpenXml.Packaging;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Mail;
using DossierFlow.Tests.Shared.Mail;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The award season from Sở Nội vụ's submission to one decision, in Chromium on the season demo: the reviewer batches
/// every appraised dossier of the Chairman's Bằng khen (over 100 nominees), generates the numbered Tờ trình …/TTr-SNV
/// and forwards the batch; the council secretary schedules a session from it, records the attendance from its start,
/// types the first rows of the vote grid with the keyboard, imports the ballot-counting file for the rest, confirms the
/// results and corrects one with its reason, and makes the minutes; the Vice-Chairman approves all but one nominee and
/// signs; the document office numbers the Quyết định, which lists every approved nominee and signs "KT. CHỦ TỊCH";
/// each unit's mail, through a real SMTP server, carries its own awarded nominees.
/// </summary>
public class AwardSeasonBrowserTests(KestrelSmtpDemoApp app, Chromium chromium) : IClassFixture<KestrelSmtpDemoApp>, IClassFixture<Chromium>
{
    private const string Award = "Bằng khen của Chủ tịch UBND tỉnh";
    private const string BatchTitle = "Đợt 1 năm nay - Bằng khen của Chủ tịch";

    [Fact]
    public async Task A_batch_of_over_100_nominees_goes_from_the_Tờ_trình_through_one_session_to_one_Quyết_định()
    {
        var maildir = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR");
        Assert.False(string.IsNullOrEmpty(maildir), "DOSSIERFLOW_TEST_MAILDIR is not set: run the tests with tests/run.sh.");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeason>().SeedAsync();
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.Title.Contains("mùa khen thưởng")).Select(m => m.Title).SingleAsync());
        await using var browser = chromium.Session();

        // Sở Nội vụ: the batch, its consolidated list, the Tờ trình and its PDF, forwarding.
        var reviewer = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "chuyenvien.btdkt");
        await BatchPages.CreateAsync(reviewer, app.BaseUrl, BatchTitle, movement, Award);
        await BatchPages.AddEveryCandidateAsync(reviewer);
        var dossiers = await Demo.QueryAsync(app, db => db.SubmissionBatches.Where(b => b.Title == BatchTitle).SelectMany(b => b.Entries).Select(e => e.DossierId).ToListAsync());
        var total = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).SelectMany(d => d.Nominees).CountAsync());
        Assert.True(total >= 100, $"only {total} nominees in the batch");
        Assert.Contains($"{Award}: {total}", await reviewer.InnerTextAsync("#batch-totals"));
        Assert.Contains("Đủ điều kiện, tiêu chuẩn theo quy định.", await reviewer.InnerTextAsync("#consolidated"));
        var submission = await BatchPages.GenerateSubmissionAsync(reviewer, "Trần Văn Sở");
        Assert.Contains("/TTr-SNV", PdfPreviewTests.PdfText(await submission.BodyAsync()));
        await KeepAsync("to-trinh-so-noi-vu.pdf", await submission.BodyAsync());
        await BatchPages.ForwardAsync(reviewer, dossiers.Count);

        // The council secretary: a session from the batch, attendance from its start.
        var secretary = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "thuky.hdtdkt");
        await BatchPages.ScheduleSessionAsync(secretary, app.BaseUrl, BatchTitle);
        var session = await Demo.QueryAsync(app, db => db.SubmissionBatches.Where(b => b.Title == BatchTitle).Select(b => b.SessionId!.Value).SingleAsync());
        var startsAt = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.StartsAt).SingleAsync());
        Assert.Equal(dossiers.Count, await secretary.Locator("#agenda tbody tr").CountAsync());
        await reviewer.ReloadAsync();
        Assert.Equal("Đã lên lịch họp Hội đồng", await reviewer.InnerTextAsync("#batch-status"));
        Assert.Equal(0, await reviewer.Locator("#add-form").CountAsync());
        // The meeting day, a week on: the secretary signs in again (the earlier sign-in has expired).
        app.Clock.MoveTo(DateTime.SpecifyKind(startsAt, DateTimeKind.Utc).AddSeconds(1));
        secretary = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "thuky.hdtdkt");
        secretary.Dialog += (_, dialog) => dialog.AcceptAsync();
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Details/{session}");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Ghi danh sách có mặt" }).ClickAsync();
        await secretary.GetByText("Đã ghi danh sách thành viên có mặt.").WaitForAsync();
        var present = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).SelectMany(s => s.Attendees).CountAsync(a => a.Attended));

        // Five rows typed with the keyboard, each judged as it is typed, kept as a draft.
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Bảng biểu quyết" }).ClickAsync();
        await secretary.Locator("#votes tbody input[type=number]").First.FocusAsync();
        for (var row = 0; row < 5; row++)
            foreach (var value in new[] { present.ToString(), "0", "0" })
            {
                await secretary.Keyboard.TypeAsync(value);
                await secretary.Keyboard.PressAsync("Tab");
            }
        var rows = secretary.Locator("#votes tbody tr:not(.group)");
        Assert.StartsWith($"Đạt ({present}/{present}", (await rows.Nth(0).Locator(".outcome").InnerTextAsync()).Trim());
        await rows.Nth(5).GetByRole(AriaRole.Spinbutton).First.FillAsync((present + 1).ToString());
        Assert.Contains($"vượt quá số thành viên có mặt ({present})", await rows.Nth(5).Locator(".outcome").InnerTextAsync());
        await rows.Nth(5).GetByRole(AriaRole.Spinbutton).First.FillAsync("");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Tạm lưu" }).ClickAsync();
        await secretary.GetByText("Đã tạm lưu kết quả biểu quyết của trang này (5 dòng có số phiếu)").WaitForAsync();

        // The rest from the ballot-counting file; one nominee (of a dossier with others) fails there, by a typo.
        var download = await secretary.RunAndWaitForDownloadAsync(() =>
            secretary.GetByRole(AriaRole.Link, new() { Name = "Tải bảng kiểm phiếu (.xlsx)" }).ClickAsync());
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var sheet = NomineeWorkbook.Rows(template);
        Assert.Equal(total, sheet.Count);
        Assert.Equal(5, sheet.Count(r => r[5] == present.ToString())); // the typed rows come back in the template
        var shared = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id) && d.Nominees.Count > 1)
            .SelectMany(d => d.Nominees).Select(n => n.Id).ToListAsync());
        var typo = sheet.Last(r => r[5].Length == 0 && shared.Contains(Guid.Parse(r[1])));
        var (typoName, typoId) = (typo[2], Guid.Parse(typo[1]));
        var filled = sheet.Select(r => r[5].Length > 0 ? r
            : (string[])[.. r[..5], r == typo ? "1" : present.ToString(), r == typo ? (present - 1).ToString() : "0", "0", ""]).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"kiem-phieu-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, NomineeWorkbook.Fill(template, filled));
        try
        {
            await secretary.SetInputFilesAsync("#import-ballots input[type=file]", file);
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Nhập bảng kiểm phiếu" }).ClickAsync();
            await secretary.GetByText($"Đã nhập bảng kiểm phiếu: {total} tập thể, cá nhân").WaitForAsync();
        }
        finally { File.Delete(file); }
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Xác nhận kết quả biểu quyết" }).ClickAsync();
        await secretary.GetByText($"Đã xác nhận kết quả biểu quyết: {total - 1} đạt, 1 không đạt").WaitForAsync();

        // The typo corrected with its reason, journalled; then the minutes.
        var page = sheet.IndexOf(typo) / 100 + 1;
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Votes/{session}?p={page}");
        await secretary.Locator($"#votes a[href*='correct={typoId}']").ClickAsync();
        await secretary.GetByLabel("Đồng ý", new() { Exact = true }).FillAsync(present.ToString());
        await secretary.GetByLabel("Không đồng ý", new() { Exact = true }).FillAsync("0");
        await secretary.GetByLabel("Lý do sửa").FillAsync("Biên bản kiểm phiếu ghi đủ phiếu đồng ý; nhập nhầm khi tổng hợp.");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả đã sửa" }).ClickAsync();
        await secretary.GetByText($"Đã sửa kết quả của {typoName}: đạt (trước: không đạt).").WaitForAsync();
        var journal = await secretary.InnerTextAsync("#corrections");
        Assert.Contains($"1/{present - 1}/0 — không đạt", journal);
        Assert.Contains($"{present}/0/0 — đạt", journal);
        Assert.Contains("nhập nhầm khi tổng hợp", journal);
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Details/{session}");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lập biên bản họp" }).ClickAsync();
        await secretary.GetByText("Đã lập biên bản họp và đính kèm vào từng hồ sơ.").WaitForAsync();

        // The Vice-Chairman approves all but one (a name that appears once in the session, of a dossier with others).
        var left = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id) && d.Nominees.Count > 1).SelectMany(d => d.Nominees)
            .Where(n => n.Id != typoId).Select(n => n.Name).ToListAsync());
        var allNames = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).SelectMany(d => d.Nominees).Select(n => n.Name).ToListAsync());
        var excluded = left.First(n => allNames.Count(a => a == n) == 1);
        var vice = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "phochutich.ubnd");
        await vice.GotoAsync($"{app.BaseUrl}/Chairman/Session/{session}");
        Assert.Equal(total, await vice.Locator("#approve tbody tr").CountAsync());
        await vice.Locator("#signer").SelectOptionAsync("");
        await vice.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt Quyết định khen thưởng" }).ClickAsync();
        await vice.GetByText("Vui lòng chọn người ký quyết định (tài khoản có thẩm quyền ký).").WaitForAsync();
        await vice.Locator("#signer").SelectOptionAsync(new SelectOptionValue { Label = "Huỳnh Thị Diễm Ngọc — Phó Chủ tịch (ký thay: KT. CHỦ TỊCH)" });
        // Beyond three units each unit's list is folded: the Chairman opens the one of the nominee left out.
        var exclusion = vice.GetByLabel($"Không khen thưởng {excluded}", new() { Exact = true });
        await vice.Locator("details.unit", new() { Has = exclusion }).Locator("summary").ClickAsync();
        await exclusion.CheckAsync();
        await vice.GetByLabel($"Lý do không khen thưởng {excluded}").FillAsync("Đã được tặng Bằng khen năm trước cho cùng thành tích");
        await vice.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt Quyết định khen thưởng" }).ClickAsync();
        await vice.GetByText("Đã phê duyệt khen thưởng, trừ 1 trường hợp.", new() { Exact = false }).WaitForAsync();

        // The document office numbers and dates it: one Quyết định for the session and award.
        var office = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "vanthu.ubnd");
        await office.GotoAsync(app.BaseUrl + "/DocumentOffice");
        var form = office.Locator("form.decision").First;
        await form.GetByLabel("Ngày ban hành (dd/MM/yyyy)").FillAsync("01/01/2020");
        await form.GetByRole(AriaRole.Button, new() { Name = "Cấp số và ban hành" }).ClickAsync();
        await office.GetByText("Ngày ban hành (01/01/2020) không được trước ngày biên bản họp Hội đồng", new() { Exact = false }).WaitForAsync();
        await office.GotoAsync(app.BaseUrl + "/DocumentOffice");
        var number = int.Parse(await form.GetByLabel("Số văn bản").InputValueAsync());
        await form.GetByRole(AriaRole.Button, new() { Name = "Cấp số và ban hành" }).ClickAsync();
        await office.GetByText($"Đã cấp số {number:00}/QĐ-UBND", new() { Exact = false }).WaitForAsync();
        Assert.Equal(1, await Demo.QueryAsync(app, db => db.SessionDecisions.CountAsync(d => d.SessionId == session)));

        // The decision lists every approved nominee, not the one left out, and signs as the Vice-Chairman.
        await office.GotoAsync($"{app.BaseUrl}/Chairman/Session/{session}");
        var docx = await office.APIRequest.GetAsync(app.BaseUrl + await office.GetByRole(AriaRole.Link, new() { Name = "Tải văn bản (.docx)" }).GetAttributeAsync("href"));
        string text;
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.BodyAsync()), false))
            text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.All(allNames.Where(n => n != excluded), name => Assert.Contains(name, text));
        Assert.DoesNotContain(excluded, text);
        // Its grounds cite Sở Nội vụ's Tờ trình by number and date.
        var proposal = await Demo.QueryAsync(app, db => db.SubmissionBatches.Where(b => b.Title == BatchTitle)
            .Select(b => new { Number = b.SubmissionNumber!.Value, IssuedOn = b.SubmissionIssuedOn!.Value }).SingleAsync());
        Assert.Contains($"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số {proposal.Number:00}/TTr-SNV ngày "
            + Application.Common.VietnameseFormat.Date(proposal.IssuedOn) + ".", text);
        var pdf = await office.APIRequest.GetAsync(app.BaseUrl + await office.GetByRole(AriaRole.Link, new() { Name = "Xem bản PDF" }).GetAttributeAsync("href"),
            new() { Timeout = 180_000 });
        var printed = PdfPreviewTests.PdfText(await pdf.BodyAsync());
        await KeepAsync("quyet-dinh.pdf", await pdf.BodyAsync());
        Assert.Contains($"{number:00}/QĐ-UBND", printed);
        Assert.Contains("KT. CHỦ TỊCH", printed);
        Assert.Contains("PHÓ CHỦ TỊCH", printed);
        Assert.Contains("Huỳnh Thị Diễm Ngọc", printed);

        // Every dossier ends awarded; each unit's mail names its own nominees and no one else's.
        Assert.Equal(["awarded"], await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).Select(d => d.State).Distinct().ToListAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().DispatchAllAsync(CancellationToken.None);
        var byDossier = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id))
            .Select(d => new { d.Id, Names = d.Nominees.Select(n => n.Name).ToList() }).ToListAsync());
        foreach (var dossier in byDossier)
        {
            var mail = await Demo.QueryAsync(app, db => db.Outbox.AsNoTracking()
                .SingleAsync(m => m.IdempotencyKey.StartsWith($"dossier:{dossier.Id}:") && m.AttachmentName!.StartsWith("quyet-dinh")));
            Assert.All(dossier.Names.Where(n => n != excluded), name => Assert.Contains(name, mail.Body));
            var foreign = byDossier.First(d => d.Id != dossier.Id).Names.First(n => !dossier.Names.Contains(n));
            Assert.DoesNotContain(foreign, mail.Body);
            if (dossier.Names.Contains(excluded))
            {
                // This one read back as the unit's mail server received it.
                var eml = Directory.GetFiles(maildir!).Single(f => File.ReadAllText(f).Contains(mail.MessageId));
                await KeepAsync("thu-gui-don-vi.eml", await File.ReadAllBytesAsync(eml));
                var received = (await PythonEmail.ReadAsync(eml)).Single();
                Assert.Contains($"Không khen thưởng: {excluded} (Đã được tặng Bằng khen năm trước cho cùng thành tích)", received.GetProperty("body").GetString());
                Assert.StartsWith("quyet-dinh-so-", received.GetProperty("attachments").EnumerateArray().Single().GetProperty("filename").GetString());
            }
        }
    }

    /// <summary>DOSSIERFLOW_TEST_KEEP=&lt;folder&gt; keeps what the season produced, to read as a clerk would.</summary>
    private static async Task KeepAsync(string name, byte[] content)
    {
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_KEEP") is not { Length: > 0 } keep) return;
        Directory.CreateDirectory(Path.Combine(keep, "season"));
        await File.WriteAllBytesAsync(Path.Combine(keep, "season", name), content);
    }
}
