using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 18 item 2 in Chromium on the season demo: Sở Nội vụ's reviewer opens the statistics for Bộ Nội vụ from the
/// reports page, is told in Vietnamese when the year is not one, sees the year's provincial awards counted and
/// downloads the workbook, whose table 0603 holds the same count as a number cell.
/// </summary>
public class StatisticsBrowserTests(KestrelDemoApp app, Chromium chromium) : IClassFixture<KestrelDemoApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_reviewer_picks_a_year_and_downloads_the_workbook_with_the_year_s_provincial_awards()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeason>().SeedAsync();
        var year = VietnameseFormat.Local(DateTime.UtcNow).Year;
        var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1), VietnameseFormat.TimeZone);
        // Every provincial nominee the Chairman approved in a dossier that reached "awarded" this year.
        var expected = await Demo.QueryAsync(app, db => (from d in db.Dossiers
                                                         join a in db.AwardTypes on d.AwardTypeId equals a.Id
                                                         where a.Level == AwardLevel.Provincial && d.State == "awarded"
                                                             && d.Journal.Any(e => e.ToState == "awarded" && e.At >= start)
                                                         from n in d.Nominees
                                                         where n.ChairmanApproved == true
                                                         select n.Id).CountAsync());
        Assert.True(expected > 0, "the season demo has no provincial award decided this year");
        await using var browser = chromium.Session();

        var reviewer = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "chuyenvien.btdkt");
        await reviewer.GotoAsync(app.BaseUrl + "/Reports");
        await reviewer.ClickAsync("#statistics-link");
        await reviewer.FillAsync("#statistics-year", "năm nay");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        await reviewer.GetByText("Năm báo cáo phải là một số có bốn chữ số, ví dụ 2025.").WaitForAsync();
        await reviewer.FillAsync("#statistics-year", "1990");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        await reviewer.GetByText($"Năm báo cáo phải từ 2000 đến {year}.").WaitForAsync();

        await reviewer.FillAsync("#statistics-year", year.ToString());
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        var row = reviewer.Locator("#statistics-tables tbody tr", new() { HasText = "0603.N/BNV-TĐKT" });
        Assert.Equal(expected.ToString("N0", VietnameseFormat.Culture), (await row.Locator("td").Nth(2).InnerTextAsync()).Trim());

        var download = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.ClickAsync("#statistics-download"));
        Assert.Equal($"bieu-thong-ke-tdkt-{year}.xlsx", download.SuggestedFilename);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)), false);
        var part = workbook.WorkbookPart!;
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "0603").Id!);
        // D10: the first row (01, Tổng số) under the first column (Tổng số).
        var total = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "D10");
        Assert.Equal(CellValues.Number, total.DataType!.Value);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), total.CellValue!.Text);
    }
}
