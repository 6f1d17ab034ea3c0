using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 17 items 2 and 4 over HTTP: the report page's indicator form and workbook import refuse bad figures with the
/// field or cell named (422, nothing saved), and Sở Nội vụ's consolidated report page generates the numbered .docx
/// and gives the .xlsx, for province-wide roles only.
/// </summary>
public class IndicatorPagesTests(DemoApp app) : IClassFixture<DemoApp>
{
    private Task<Guid> MovementAsync() => Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "146/KH-UBND").Select(m => m.Id).SingleAsync());

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignIn.TokenAsync(client, page);
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_report_form_and_import_refuse_bad_figures_by_field_and_cell_and_save_good_ones()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var opened = await clerk.PostAsJsonAsync("/api/v1/reports", new { movementId = await MovementAsync(), year = 2025 });
        var report = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var page = $"/Reports/Details/{report}";
        Task<int> Revision() => Demo.QueryAsync(app, db => db.MovementReports.Where(r => r.Id == report).Select(r => r.Revision).SingleAsync());
        Task<int> Versions() => Demo.QueryAsync(app, db => db.ReportIndicators.CountAsync(s => s.ReportId == report));

        var bad = await PostFormAsync(clerk, page, "Indicators", new()
        {
            ["Revision"] = (await Revision()).ToString(), ["Values[poverty-rate-start]"] = "120", ["Values[poor-households-end]"] = "ba trăm",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Số hộ nghèo cuối năm: &quot;ba trăm&quot; không phải là số", refused);
        Assert.Contains("value=\"ba tr", refused); // what was typed stays in its field
        Assert.Equal(0, await Versions());

        var good = await PostFormAsync(clerk, page, "Indicators", new()
        {
            ["Revision"] = (await Revision()).ToString(), ["Values[poverty-rate-start]"] = "2,85", ["Values[poverty-rate-end]"] = "0,5",
            ["Values[poverty-rate-reduction]"] = "2,35",
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("Phiên bản 1, nhập trên biểu mẫu", await good.Content.ReadAsStringAsync());

        var template = await clerk.GetAsync($"{page}?handler=Template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var (file, row) = WithText(await template.Content.ReadAsByteArrayAsync(), "poverty-rate-end", "không rõ");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.TokenAsync(clerk, page)), "__RequestVerificationToken" },
            { new StringContent((await Revision()).ToString()), "Revision" },
            { new ByteArrayContent(file), "workbook", "so-lieu.xlsx" },
        };
        var import = await clerk.PostAsync($"{page}?handler=Import", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        var listed = await import.Content.ReadAsStringAsync();
        Assert.Contains($"Ô D{row}: Tỷ lệ hộ nghèo cuối năm (%): &quot;không rõ&quot; không phải là số", listed);
        Assert.Contains("không có số liệu nào được nhập", listed);
        Assert.Equal(1, await Versions());
    }

    [Fact]
    public async Task Sở_Nội_vụ_generates_the_numbered_consolidated_report_and_a_unit_cannot_open_it()
    {
        var movement = await MovementAsync();
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        var page = $"/Reports/Consolidated?MovementId={movement}&Year=2025";
        var summary = await reviewer.GetStringAsync(page);
        Assert.Contains("Tình hình gửi báo cáo", summary);
        Assert.Contains("Lập báo cáo tổng hợp (cấp số)", summary);

        var generated = await reviewer.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.TokenAsync(reviewer, page),
            ["MovementId"] = movement.ToString(), ["Year"] = "2025", ["Revision"] = "0", ["SignerName"] = "Trần Quốc Việt",
        }));
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Contains("/BC-SNV", await generated.Content.ReadAsStringAsync());

        var docx = await reviewer.GetAsync($"{page}&handler=File&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var xlsx = await reviewer.GetAsync($"{page}&handler=File&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await Demo.QueryAsync(app, db => db.ConsolidatedReports.CountAsync(r => r.MovementId == movement && r.Year == 2025)));

        var unit = await (await SignIn.AsAsync(app, "canbo.syt")).GetAsync(page);
        Assert.Equal(HttpStatusCode.Forbidden, unit.StatusCode);
    }

    /// <summary>The template with text typed in the value cell of one indicator, and that cell's row.</summary>
    private static (byte[] File, uint Row) WithText(byte[] template, string code, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        uint line;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
            var row = data.Elements<Row>().First(r => r.Elements<Cell>().First().InnerText == code);
            line = row.RowIndex!.Value;
            row.Elements<Cell>().FirstOrDefault(c => c.CellReference == $"D{line}")?.Remove();
            row.Append(new Cell { CellReference = $"D{line}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
        }
        return (stream.ToArray(), line);
    }
}
