using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 18 item 1 in Chromium on the season demo: Sở Nội vụ's reviewer opens the movement dashboard from the bar,
/// reads numbers off the SVG charts and follows each bar to the list behind it (dossiers of a step, overdue dossiers,
/// units that have not submitted, awarded nominees), which must hold that many rows; downloads a table as .xlsx and
/// reads its cells; prints the page with its charts; and a bad filter gives a Vietnamese message, not a 500.
/// </summary>
public class DashboardBrowserTests(KestrelDemoApp app, Chromium chromium) : IClassFixture<KestrelDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Each_chart_number_leads_to_a_list_of_that_many_rows_and_a_table_downloads_as_xlsx()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeason>().SeedAsync();
        await using var browser = chromium.Session();
        var page = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "chuyenvien.btdkt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bảng theo dõi phong trào thi đua" }).WaitForAsync();
        // It opens on this year's movement with the most dossiers: the season's.
        Assert.Contains("mùa khen thưởng", await page.InnerTextAsync(".lead"));
        var dashboard = page.Url;
        await KeepAsync(page, "dashboard");

        // Dossiers at the Chairman's step: the bar's number, then the dossier list it links to.
        var chairman = await BarAsync(page, "states", "Trình Chủ tịch UBND tỉnh quyết định");
        Assert.InRange(chairman, 1, 25);
        await FollowAsync(page, "states", "Trình Chủ tịch UBND tỉnh quyết định");
        Assert.Equal($"{chairman} hồ sơ", await page.InnerTextAsync("main p.muted"));
        Assert.Equal(chairman, await page.Locator("main table tbody tr").CountAsync());

        // Overdue dossiers (the season's appraisals past their 25 working days).
        await page.GotoAsync(dashboard);
        var overdue = await BarAsync(page, "sla", "Quá hạn xử lý");
        Assert.True(overdue > 0, "the season has overdue dossiers");
        await FollowAsync(page, "sla", "Quá hạn xử lý");
        Assert.Equal($"{overdue} hồ sơ", await page.InnerTextAsync("main p.muted"));

        // Units that have not submitted a dossier yet for the dossier deadline.
        await page.GotoAsync(dashboard);
        var missing = await BarAsync(page, "deadlines", "Nộp hồ sơ đề nghị khen thưởng năm", "Chưa gửi");
        await FollowAsync(page, "deadlines", "Nộp hồ sơ đề nghị khen thưởng năm", "Chưa gửi");
        Assert.Equal(missing.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#units-total"));
        Assert.Equal(Math.Min(missing, 50), await page.Locator("#units tbody tr").CountAsync());

        // Nominees awarded a Huân chương: the list names them, 50 a page.
        await page.GotoAsync(dashboard);
        var awarded = await BarAsync(page, "nominees-award", "Huân chương Lao động hạng Ba", "Được khen thưởng");
        Assert.True(awarded > 0);
        await FollowAsync(page, "nominees-award", "Huân chương Lao động hạng Ba", "Được khen thưởng");
        Assert.Equal(awarded.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#nominees-total"));
        Assert.Equal(Math.Min(awarded, 50), await page.Locator("#dashboard-nominees tbody tr").CountAsync());
        Assert.Equal(Math.Min(awarded, 50), await page.Locator("#dashboard-nominees tbody tr", new() { HasText = "Được khen thưởng" }).CountAsync());
        await KeepAsync(page, "dashboard-nominees");

        // The table behind the steps chart as .xlsx: it opens, and its cells hold the chart's number as a number.
        await page.GotoAsync(dashboard);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#states a.xlsx").ClickAsync());
        Assert.Equal("bang-theo-doi-states-" + (await page.InputValueAsync("input[name=year]")) + ".xlsx", download.SuggestedFilename);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)), false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal(["Bước xử lý", "Số hồ sơ"], rows[3].Elements<Cell>().Select(c => c.InnerText));
            var row = rows.Single(r => r.Elements<Cell>().First().InnerText == "Trình Chủ tịch UBND tỉnh quyết định").Elements<Cell>().ToList();
            Assert.Equal(CellValues.Number, row[1].DataType!.Value);
            Assert.Equal(chairman.ToString(CultureInfo.InvariantCulture), row[1].CellValue!.Text);
        }

        // Printed: the charts stay, the filter and the download buttons go.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator("#chart-states").IsVisibleAsync());
        Assert.False(await page.Locator("#states a.xlsx").IsVisibleAsync());
        Assert.False(await page.Locator("main form").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Bad filters: a Vietnamese message on the page, never a 500.
        foreach (var (query, message) in new[]
        {
            ($"movement={Guid.NewGuid()}", "Không tìm thấy phong trào thi đua đã chọn."),
            ("movement=khong-co", "Không tìm thấy phong trào thi đua đã chọn."),
            ("year=99999", "Năm 99999 không thuộc phong trào"),
            ("year=abc", "Năm \"abc\" không hợp lệ"),
        })
        {
            var response = await page.GotoAsync($"{app.BaseUrl}/Reports/Dashboard?{query}");
            Assert.Equal(200, response!.Status);
            Assert.Contains(message, await page.InnerTextAsync(".errors"));
        }
        var unknownList = await page.GotoAsync($"{app.BaseUrl}/Reports/Dashboard/Nominees?movement={Guid.NewGuid()}&year=2026");
        Assert.Equal(200, unknownList!.Status);
        Assert.Contains("Không tìm thấy phong trào thi đua đã chọn.", await page.InnerTextAsync(".errors"));

        // A unit's clerk may not open it.
        var clerk = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "canbo.syt");
        Assert.Equal(403, (await clerk.GotoAsync(app.BaseUrl + "/Reports/Dashboard"))!.Status);
    }

    /// <summary>The number a bar of a chart shows, found by its row and (for a chart of several series) its series.</summary>
    private static async Task<int> BarAsync(IPage page, string table, string row, string? series = null)
    {
        var value = await Bar(page, table, row, series).Locator("g.bar").GetAttributeAsync("data-value");
        return int.Parse(value!.Replace(".", ""), CultureInfo.InvariantCulture);
    }

    private static async Task FollowAsync(IPage page, string table, string row, string? series = null)
    {
        await Bar(page, table, row, series).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static ILocator Bar(IPage page, string table, string row, string? series) =>
        page.Locator($"#chart-{table} a[aria-label^=\"{row} — {series}\"]").First;

    /// <summary>DOSSIERFLOW_TEST_KEEP=&lt;folder&gt; keeps a screenshot of the pages, to look at.</summary>
    private static async Task KeepAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_KEEP") is not { Length: > 0 } keep) return;
        Directory.CreateDirectory(keep);
        await page.ScreenshotAsync(new() { Path = Path.Combine(keep, name + ".png"), FullPage = true });
    }
}
