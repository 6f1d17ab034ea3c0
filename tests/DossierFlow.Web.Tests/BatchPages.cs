using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

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
