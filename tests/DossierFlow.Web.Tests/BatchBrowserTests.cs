using DossierFlow.Application.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Sở Nội vụ's batch in Chromium on the season demo: the reviewer opens a batch, adds every appraised dossier of the
/// season (more than 100 nominees), reads the consolidated list by unit, generates the numbered Tờ trình and opens its
/// PDF, forwards the batch (every dossier moves to the council), and the council secretary schedules a session from it.
/// The steps are <see cref="BatchPages"/>, for the season's single Done-when test to reuse.
/// </summary>
public class BatchBrowserTests(KestrelSmtpDemoApp app, Chromium chromium) : IClassFixture<KestrelSmtpDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_batch_of_over_100_nominees_goes_from_the_Tờ_trình_to_the_council_and_a_session_is_scheduled_from_it()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeason>().SeedAsync();
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.Title.Contains("mùa khen thưởng")).Select(m => m.Title).SingleAsync());
        await using var browser = chromium.Session();

        var reviewer = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "chuyenvien.btdkt");
        await BatchPages.CreateAsync(reviewer, app.BaseUrl, "Đợt 1 - Bằng khen của Chủ tịch", movement, "Bằng khen của Chủ tịch UBND tỉnh");
        var added = await BatchPages.AddEveryCandidateAsync(reviewer);
        var dossiers = await Demo.QueryAsync(app, db => db.SubmissionBatches.SelectMany(b => b.Entries).Select(e => e.DossierId).ToListAsync());
        Assert.Equal(added, dossiers.Count);
        var nominees = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).SelectMany(d => d.Nominees).CountAsync());
        Assert.True(nominees >= 100, $"only {nominees} nominees in the batch");
        Assert.Contains($"Bằng khen của Chủ tịch UBND tỉnh: {nominees}", await reviewer.InnerTextAsync("#batch-totals"));

        // The consolidated list: a page of dossiers, their nominees under their unit, each with the appraisal note.
        var units = reviewer.Locator("#consolidated tbody.unit");
        Assert.True(await units.CountAsync() > 1);
        Assert.Contains("tập thể", await units.First.Locator("tr.unit-heading").InnerTextAsync());
        Assert.Contains("Đủ điều kiện, tiêu chuẩn theo quy định.", await reviewer.InnerTextAsync("#consolidated"));

        var pdf = await BatchPages.GenerateSubmissionAsync(reviewer, "Trần Văn Sở");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));

        await BatchPages.ForwardAsync(reviewer, dossiers.Count);
        Assert.Equal(["council"], await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).Select(d => d.State).Distinct().ToListAsync()));

        var secretary = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "thuky.hdtdkt");
        await BatchPages.ScheduleSessionAsync(secretary, app.BaseUrl, "Đợt 1 - Bằng khen của Chủ tịch");
        Assert.Equal(dossiers.Count, await secretary.Locator("#agenda tbody tr").CountAsync());
        await reviewer.ReloadAsync();
        Assert.Equal("Đã lên lịch họp Hội đồng", await reviewer.InnerTextAsync("#batch-status"));
        Assert.Equal(0, await reviewer.Locator("#add-form").CountAsync());
    }
}

/// <summary>The batch pages' steps as a user takes them, shared by the browser tests of the season.</summary>
public static class BatchPages
{
    public static async Task CreateAsync(IPage reviewer, string baseUrl, string title, string movement, string award)
    {
        await reviewer.GotoAsync(baseUrl + "/Batches");
        await reviewer.GetByLabel("Tên đợt trình").FillAsync(title);
        await reviewer.GetByLabel("Phong trào thi đua").SelectOptionAsync(new SelectOptionValue { Label = movement });
        await reviewer.Locator("#new-batch").GetByLabel(award).CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Lập đợt trình" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Heading, new() { Name = $"Đợt trình: {title}" }).WaitForAsync();
    }

    /// <summary>Ticks every dossier offered on the first page of candidates and adds them; returns how many.</summary>
    public static async Task<int> AddEveryCandidateAsync(IPage reviewer)
    {
        var boxes = reviewer.Locator("#candidates input[name=DossierIds]");
        var count = await boxes.CountAsync();
        for (var i = 0; i < count; i++) await boxes.Nth(i).CheckAsync();
        await reviewer.GetByLabel("Đã thẩm định tiêu chuẩn, điều kiện khen thưởng của các hồ sơ được chọn").CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Thêm vào đợt trình" }).ClickAsync();
        await reviewer.GetByText($"Đã thêm {count} hồ sơ vào đợt trình.").WaitForAsync();
        return count;
    }

    /// <summary>Generates the Tờ trình and opens its PDF link with the page's cookies; returns the PDF's response.</summary>
    public static async Task<IAPIResponse> GenerateSubmissionAsync(IPage reviewer, string signer)
    {
        await reviewer.GetByLabel("Người ký Tờ trình (lãnh đạo Sở Nội vụ)").FillAsync(signer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Lập Tờ trình của Sở Nội vụ" }).ClickAsync();
        await reviewer.GetByText("Đã lập Tờ trình của Sở Nội vụ").WaitForAsync();
        Assert.Contains("/TTr-SNV", await reviewer.InnerTextAsync("#submission-link"));
        var href = await reviewer.Locator("#submission a.pdf").GetAttributeAsync("href");
        return await reviewer.Context.APIRequest.GetAsync(new Uri(new Uri(reviewer.Url), href).ToString(), new() { Timeout = 600_000 });
    }

    public static async Task ForwardAsync(IPage reviewer, int dossiers)
    {
        await reviewer.GetByRole(AriaRole.Button, new() { Name = $"Trình Hội đồng Thi đua - Khen thưởng ({dossiers} hồ sơ)" }).ClickAsync();
        await reviewer.GetByText($"Đã trình Hội đồng Thi đua - Khen thưởng {dossiers} hồ sơ của đợt trình.").WaitForAsync();
        Assert.Equal("Đã trình Hội đồng", await reviewer.InnerTextAsync("#batch-status"));
    }

    /// <summary>The secretary schedules a session from the batch, its members and time left as offered; ends on the session's page.</summary>
    public static async Task ScheduleSessionAsync(IPage secretary, string baseUrl, string batchTitle)
    {
        await secretary.GotoAsync(baseUrl + "/Council/Sessions/FromBatches");
        await secretary.Locator("#batch-session label", new() { HasText = batchTitle }).Locator("input").CheckAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lập phiên họp và gửi giấy mời" }).ClickAsync();
        await secretary.GetByText("Đã lập phiên họp cho đợt trình").WaitForAsync();
    }
}
