using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The council's votes for a season-sized session in Chromium: the secretary records the attendance, types the first
/// rows of the grid with the keyboard (tab from field to field) and keeps them as a draft, imports the ballot-counting
/// file for the rest, confirms the results, corrects one with its reason, and generates the minutes.
/// </summary>
public class VotesBrowserTests(KestrelSmtpDemoApp app, Chromium chromium) : IClassFixture<KestrelSmtpDemoApp>, IClassFixture<Chromium>
{
    private const int AddedNominees = 118;

    [Fact]
    public async Task A_session_of_over_100_nominees_is_typed_imported_confirmed_corrected_and_minuted()
    {
        var (session, total) = await SessionOfOver100NomineesAsync();
        Assert.True(total >= 100, $"{total} nominees");
        await using var browser = chromium.Session();
        var secretary = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "thuky.hdtdkt");
        secretary.Dialog += (_, dialog) => dialog.AcceptAsync();

        // The attendance: everyone present (the form's default), from the session's start.
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Details/{session}");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Ghi danh sách có mặt" }).ClickAsync();
        await secretary.GetByText("Đã ghi danh sách thành viên có mặt.").WaitForAsync();

        // The first five rows typed with the keyboard: each row is judged as it is typed, then kept as a draft.
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Bảng biểu quyết" }).ClickAsync();
        await secretary.Locator("#votes").WaitForAsync();
        Assert.Contains($"{total} tập thể, cá nhân trong chương trình họp", await secretary.InnerTextAsync("#attendance-facts"));
        await secretary.Locator("#votes tbody input[type=number]").First.FocusAsync();
        for (var row = 0; row < 5; row++)
            foreach (var value in new[] { "9", "0", "0" })
            {
                await secretary.Keyboard.TypeAsync(value);
                await secretary.Keyboard.PressAsync("Tab");
            }
        var rows = secretary.Locator("#votes tbody tr:not(.group)");
        Assert.StartsWith("Đạt (9/9", (await rows.Nth(0).Locator(".outcome").InnerTextAsync()).Trim());
        await rows.Nth(5).GetByRole(AriaRole.Spinbutton).First.FillAsync("12");
        Assert.Contains("vượt quá số thành viên có mặt (9)", await rows.Nth(5).Locator(".outcome").InnerTextAsync());
        await rows.Nth(5).GetByRole(AriaRole.Spinbutton).First.FillAsync("");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Tạm lưu" }).ClickAsync();
        await secretary.GetByText("Đã tạm lưu kết quả biểu quyết của trang này (5 dòng có số phiếu)").WaitForAsync();
        Assert.Equal("9", await secretary.Locator("#votes tbody input[type=number]").Nth(12).InputValueAsync());

        // The rest from the ballot-counting file: the template carries the typed rows, the secretary fills the others.
        var download = await secretary.RunAndWaitForDownloadAsync(() =>
            secretary.GetByRole(AriaRole.Link, new() { Name = "Tải bảng kiểm phiếu (.xlsx)" }).ClickAsync());
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var sheet = NomineeWorkbook.Rows(template);
        Assert.Equal(total, sheet.Count);
        Assert.Equal(5, sheet.Count(r => r[5] == "9"));
        // One nominee fails in the file, and is corrected after confirmation.
        var (failing, failingId) = (sheet.Last()[2], Guid.Parse(sheet.Last()[1]));
        var filled = sheet.Select(r => r[5].Length > 0 ? r : (string[])[.. r[..5], r == sheet.Last() ? "3" : "8", r == sheet.Last() ? "6" : "1", "0", ""]).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"kiem-phieu-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, NomineeWorkbook.Fill(template, filled));
        try
        {
            await secretary.SetInputFilesAsync("#import-ballots input[type=file]", file);
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Nhập bảng kiểm phiếu" }).ClickAsync();
            await secretary.GetByText($"Đã nhập bảng kiểm phiếu: {total} tập thể, cá nhân").WaitForAsync();
        }
        finally { File.Delete(file); }
        Assert.Contains($"Đã có số phiếu: {total}/{total} tập thể, cá nhân; đạt {total - 1}, không đạt 1", await secretary.InnerTextAsync("#vote-summary"));

        await secretary.GetByRole(AriaRole.Button, new() { Name = "Xác nhận kết quả biểu quyết" }).ClickAsync();
        await secretary.GetByText($"Đã xác nhận kết quả biểu quyết: {total - 1} đạt, 1 không đạt").WaitForAsync();
        Assert.False(await RecommendedAsync(failingId));

        // One correction, with its reason, journalled with the old and new counts.
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Votes/{session}?p=2");
        await secretary.Locator($"#votes a[href*='correct={failingId}']").ClickAsync();
        await secretary.GetByLabel("Đồng ý", new() { Exact = true }).FillAsync("8");
        await secretary.GetByLabel("Không đồng ý", new() { Exact = true }).FillAsync("1");
        await secretary.GetByLabel("Lý do sửa").FillAsync("Biên bản kiểm phiếu ghi 8 phiếu đồng ý; nhập nhầm thành 3.");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả đã sửa" }).ClickAsync();
        await secretary.GetByText($"Đã sửa kết quả của {failing}: đạt (trước: không đạt).").WaitForAsync();
        var journal = await secretary.InnerTextAsync("#corrections");
        Assert.Contains("3/6/0 — không đạt", journal);
        Assert.Contains("8/1/0 — đạt", journal);
        Assert.Contains("nhập nhầm thành 3", journal);
        Assert.True(await RecommendedAsync(failingId));

        // The minutes, only now possible.
        await secretary.GotoAsync($"{app.BaseUrl}/Council/Sessions/Details/{session}");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lập biên bản họp" }).ClickAsync();
        await secretary.GetByText("Đã lập biên bản họp và đính kèm vào từng hồ sơ.").WaitForAsync();
        await secretary.Locator("#minutes-link").WaitForAsync();
    }

    /// <summary>
    /// The demo's labour dossier grown by <see cref="AddedNominees"/> people (stored as an import would, with their signed
    /// reports), sent to the council by its leader, Sở Nội vụ's desk and reviewer through the API, and put on a session
    /// starting now with the two dossiers already waiting; the application's clock moved to the session's start.
    /// </summary>
    private async Task<(Guid Session, int Nominees)> SessionOfOver100NomineesAsync()
    {
        var labour = await Demo.DossierOfAsync(app, "SLDTBXH");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Persistence.AppDbContext>();
            var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).SingleAsync(d => d.Id == labour);
            var now = DateTime.UtcNow;
            foreach (var person in NomineeWorkbook.People(AddedNominees, firstStt: dossier.Nominees.Count + 1))
                dossier.AddNominee(dossier.Revision, new NomineeDetails(NomineeKind.Individual, person[1], person[NomineeWorkbook.Position]),
                    DateOnly.FromDateTime(now), now);
            var award = await db.AwardTypes.SingleAsync(a => a.Id == dossier.AwardTypeId);
            var content = DocumentContent.From(DemoScan.Pdf("Bao cao thanh tich da ky"));
            if (!await db.DocumentContents.AnyAsync(c => c.Sha256 == content.Sha256)) db.DocumentContents.Add(content);
            foreach (var kind in DemoScan.SignedKinds(award, dossier).Where(k => dossier.Documents.All(d => d.Kind != k)).ToList())
                dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, now, "canbo.sldtbxh");
            await db.SaveChangesAsync();
        }
        Assert.True((await Api.ActAsync(await ClientAsync("lanhdao.sldtbxh"), labour, "submit")).IsSuccessStatusCode);
        Assert.True((await Api.ActAsync(await ClientAsync("vanthu.snv"), labour, "receive")).IsSuccessStatusCode);
        Assert.True((await Api.ActAsync(await ClientAsync("chuyenvien.btdkt"), labour, "forward", criteria: true)).IsSuccessStatusCode);

        var secretary = await ClientAsync("thuky.hdtdkt");
        var waiting = (await secretary.GetFromJsonAsync<JsonElement>("/api/v1/council/waiting-dossiers")).GetProperty("items").EnumerateArray()
            .Select(w => w.GetProperty("dossierId").GetGuid()).ToArray();
        Assert.Contains(labour, waiting);
        var members = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;
        var ids = members.Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var (date, time) = SessionVoting.SoonLocal();
        var created = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date, time, durationMinutes = 180, place = "Hội trường Ủy ban nhân dân tỉnh", chairId = ids[0], secretaryId = ids[3], memberIds = ids, dossierIds = waiting,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var session = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var view = await secretary.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{session}");
        app.Clock.MoveTo(DateTime.SpecifyKind(view.GetProperty("startsAt").GetDateTime(), DateTimeKind.Utc).AddSeconds(1));
        var total = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => waiting.Contains(d.Id)).SumAsync(d => d.Nominees.Count));
        return (session, total);
    }

    private Task<bool> RecommendedAsync(Guid nominee) =>
        Demo.QueryAsync(app, db => db.Dossiers.SelectMany(d => d.Nominees).Where(n => n.Id == nominee).Select(n => n.CouncilRecommended == true).SingleAsync());

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Demo.TokenForAsync(app, userName));
        return client;
    }
}
