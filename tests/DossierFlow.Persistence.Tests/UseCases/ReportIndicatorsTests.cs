using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Organisations;
using DossierFlow.Application.Reports;
using DossierFlow.Application.Reports.Consolidated;
using DossierFlow.Application.Reports.Indicators;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Code = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 17 item 2: a yearly report's indicators typed in the report's form or imported from its .xlsx, and the unit's
/// disciplinary sanctions entered or imported. Bad figures are refused with a message naming the field or the cell,
/// and nothing is stored; good ones become the report's next version.
/// </summary>
public class ReportIndicatorsTests : ProvinceTest
{
    private Guid _report;

    private async Task OpenAsync()
    {
        _report = await _host.RunAsync<OpenMovementReport, Guid>(o => o.HandleAsync(_province.Clerk(_province.School), _province.MovementId, 2025));
    }

    private Task<int> RevisionAsync() => _host.ReadAsync(db => db.MovementReports.Where(r => r.Id == _report).Select(r => r.Revision).SingleAsync());

    private Task<int> VersionsAsync() => _host.ReadAsync(db => db.ReportIndicators.CountAsync(s => s.ReportId == _report));

    private async Task<int> EnterAsync(params (string Code, string Text)[] typed)
    {
        var revision = await RevisionAsync();
        return await _host.RunAsync<EnterReportIndicators, int>(e => e.HandleAsync(_province.Clerk(_province.School), _report, revision,
            typed.ToDictionary(t => t.Code, t => (string?)t.Text)));
    }

    private async Task<ReportImportResult> ImportAsync(byte[] file, string name = "so-lieu.xlsx")
    {
        var revision = await RevisionAsync();
        return await _host.RunAsync<ImportReportWorkbook, ReportImportResult>(i => i.HandleAsync(_province.Clerk(_province.School), _report, revision, name, file));
    }

    private Task<ReportIndicatorsView> LatestAsync() =>
        _host.RunAsync<GetReportIndicators, ReportIndicatorsView>(g => g.HandleAsync(_province.Reviewer, _report));

    [Fact]
    public async Task Typed_figures_are_read_as_a_Vietnamese_clerk_writes_them_and_each_save_is_a_new_version()
    {
        await OpenAsync();

        Assert.Equal(1, await EnterAsync((Code.HouseholdsStart, "12.340"), (Code.PoorStart, "352"), (Code.PovertyRateStart, "2,85"),
            (Code.PovertyRateEnd, "0,5%"), (Code.PovertyRateReduction, "2.35"), (Code.NearPoorStart, "")));
        Assert.Equal(2, await EnterAsync((Code.HouseholdsStart, "12340"), (Code.PoorStart, "300"), (Code.PovertyRateStart, "2,43")));

        var latest = await LatestAsync();
        Assert.Equal(2, latest.Version);
        Assert.Equal(IndicatorSource.Form, latest.Source);
        Assert.Equal(new Dictionary<string, decimal> { [Code.HouseholdsStart] = 12340, [Code.PoorStart] = 300, [Code.PovertyRateStart] = 2.43m },
            latest.Values);
        var first = await _host.ReadAsync(db => db.ReportIndicators.Include(s => s.Values).SingleAsync(s => s.ReportId == _report && s.Version == 1));
        Assert.Equal(2.35m, first.Value(Code.PovertyRateReduction));
        Assert.Null(first.Value(Code.NearPoorStart));
    }

    [Fact]
    public async Task Figures_out_of_range_or_inconsistent_are_all_refused_by_name_and_nothing_is_saved()
    {
        await OpenAsync();
        var revision = await RevisionAsync();

        var notNumber = await Assert.ThrowsAsync<IndicatorDataException>(() => EnterAsync((Code.PoorEnd, "ba trăm"), (Code.PovertyRateStart, "2,85")));
        Assert.Contains("Số hộ nghèo cuối năm: \"ba trăm\" không phải là số", notNumber.Message);
        var range = await Assert.ThrowsAsync<IndicatorDataException>(() => EnterAsync((Code.PovertyRateStart, "120"), (Code.PoorEnd, "-3")));
        Assert.Equal(new[] { Code.PoorEnd, Code.PovertyRateStart }.Order(), range.Problems.Select(p => p.Code).Order());
        Assert.Contains("phải từ 0 đến 100", range.Message);
        var rise = await Assert.ThrowsAsync<IndicatorDataException>(() => EnterAsync((Code.PovertyRateStart, "2,1"), (Code.PovertyRateEnd, "2,6"),
            (Code.PovertyRateReduction, "0,5")));
        Assert.Contains("tỷ lệ cuối năm (2,6%) cao hơn đầu năm (2,1%)", rise.Message);
        var totals = await Assert.ThrowsAsync<IndicatorDataException>(() => EnterAsync((Code.HouseholdsEnd, "100"), (Code.PoorEnd, "60"), (Code.NearPoorEnd, "50")));
        Assert.Contains("lớn hơn tổng số hộ cuối năm", totals.Message);

        Assert.Equal(0, await VersionsAsync());
        Assert.Equal(revision, await RevisionAsync());
    }

    [Fact]
    public async Task Only_the_units_own_clerk_enters_figures_and_only_while_the_unit_holds_the_report()
    {
        await OpenAsync();
        var revision = await RevisionAsync();
        var values = new Dictionary<string, string?> { [Code.PovertyRateStart] = "2,85" };

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<EnterReportIndicators, int>(e =>
            e.HandleAsync(_province.Clerk(_province.Union), _report, revision, values)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<EnterReportIndicators, int>(e =>
            e.HandleAsync(_province.Reviewer, _report, revision, values)));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.RunAsync<EnterReportIndicators, int>(e =>
            e.HandleAsync(_province.Clerk(_province.School), _report, revision + 1, values)));
        Assert.Equal("stale-revision", stale.Code);
        Assert.Equal(0, await VersionsAsync());
    }

    [Fact]
    public async Task The_template_carries_every_indicator_with_the_current_values_and_imports_back_unchanged()
    {
        await OpenAsync();
        await EnterAsync((Code.HouseholdsStart, "12.340"), (Code.PovertyRateStart, "2,85"));

        var template = await _host.RunAsync<ReportWorkbookTemplate, ExportFile>(t => t.HandleAsync(_province.Clerk(_province.School), _report));
        Assert.Equal("so-lieu-bao-cao-2025.xlsx", template.FileName);
        var result = await ImportAsync(Fill(template.Content, new() { [Code.PovertyRateEnd] = 0.5, [Code.PovertyRateReduction] = 2.35 }));

        Assert.Equal(new ReportImportResult(2, 4, 0, 0), result);
        var latest = await LatestAsync();
        Assert.Equal(IndicatorSource.Import, latest.Source);
        Assert.Equal(new Dictionary<string, decimal> { [Code.HouseholdsStart] = 12340, [Code.PovertyRateStart] = 2.85m, [Code.PovertyRateEnd] = 0.5m,
            [Code.PovertyRateReduction] = 2.35m }, latest.Values);
    }

    [Fact]
    public async Task A_file_with_bad_cells_is_refused_naming_each_cell_and_nothing_is_imported()
    {
        await OpenAsync();
        var template = await _host.RunAsync<ReportWorkbookTemplate, ExportFile>(t => t.HandleAsync(_province.Clerk(_province.School), _report));
        var file = Fill(template.Content, new() { [Code.PoorStart] = "ba trăm", [Code.PovertyRateStart] = 120 },
            discipline: [["1", "Nguyễn Văn An", "", "", "", "Khiển trách", "15/03/2025"], ["2", "Trần Thị Bình", "", "", "", "", "01/04/2025"]]);

        var refused = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(file));

        var row = IndicatorCatalogue.All.ToList().FindIndex(d => d.Code == Code.PoorStart) + 2;
        Assert.Contains(refused.Problems, p => p.Line == row && p.Field == "Chỉ tiêu, D (Giá trị)" && p.Message.StartsWith($"Ô D{row}: Số hộ nghèo đầu năm: \"ba trăm\""));
        Assert.Contains(refused.Problems, p => p.Line == 3 && p.Field == "Kỷ luật, F (Hình thức kỷ luật)" && p.Message == "Ô F3: Chưa ghi hình thức kỷ luật.");
        Assert.Equal(2, refused.Problems.Count);
        Assert.Equal("Tệp có 2 lỗi, không có số liệu nào được nhập.", refused.Message);
        Assert.Equal(0, await VersionsAsync());
        Assert.Equal(0, await _host.ReadAsync(db => db.DisciplineRecords.CountAsync()));

        // Once the text is fixed, the range check names its own cell.
        var range = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(Fill(template.Content, new() { [Code.PovertyRateStart] = 120 })));
        var rateRow = IndicatorCatalogue.All.ToList().FindIndex(d => d.Code == Code.PovertyRateStart) + 2;
        Assert.Equal($"Ô D{rateRow}: Tỷ lệ hộ nghèo đầu năm (%): 120 phải từ 0 đến 100.", Assert.Single(range.Problems).Message);
        // An end above the start when a drop is claimed is put at the end rate's cell.
        var rise = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(Fill(template.Content,
            new() { [Code.PovertyRateStart] = 2.1, [Code.PovertyRateEnd] = 2.6, [Code.PovertyRateReduction] = 0.5 })));
        var endRow = IndicatorCatalogue.All.ToList().FindIndex(d => d.Code == Code.PovertyRateEnd) + 2;
        Assert.StartsWith($"Ô D{endRow}: Báo cáo giảm tỷ lệ hộ nghèo nhưng tỷ lệ cuối năm", Assert.Single(rise.Problems).Message);
        Assert.Equal(0, await VersionsAsync());
    }

    [Fact]
    public async Task Not_a_workbook_a_formula_or_an_unknown_code_are_refused_by_cell()
    {
        await OpenAsync();
        var notXlsx = await Assert.ThrowsAsync<DomainException>(() => ImportAsync("a,b,c"u8.ToArray(), "so-lieu.csv"));
        Assert.Equal("nominee-file-type", notXlsx.Code);

        var template = await _host.RunAsync<ReportWorkbookTemplate, ExportFile>(t => t.HandleAsync(_province.Clerk(_province.School), _report));
        var odd = Fill(template.Content, new() { [Code.PoorEnd] = new Formula("D3+1") }, extraCode: "ty-le-bi-an");
        var refused = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(odd));
        Assert.Contains(refused.Problems, p => p.Message.Contains("chứa công thức"));
        Assert.Contains(refused.Problems, p => p.Message.Contains("mã chỉ tiêu \"ty-le-bi-an\" không có trong danh mục"));
        Assert.Equal(0, await VersionsAsync());
    }

    [Fact]
    public async Task Sanctions_are_entered_or_imported_once_and_listed_for_the_unit()
    {
        await OpenAsync();
        await _host.RunAsync<RecordDiscipline, Guid>(r => r.HandleAsync(_province.Clerk(_province.School), _province.School,
            new DisciplineInput("Lê Văn Cường", "12/03/1980", "012345678901", null, "3", "10/02/2025", "15/QĐ-SGDĐT", "Vi phạm quy chế")));
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<RecordDiscipline, Guid>(r => r.HandleAsync(_province.Clerk(_province.School), _province.School,
            new DisciplineInput("Lê Văn Cường", null, null, null, "Cảnh cáo", "10/02/2025", null, null))));
        Assert.Equal("discipline-duplicate", duplicate.Code);
        var future = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<RecordDiscipline, Guid>(r => r.HandleAsync(_province.Clerk(_province.School), _province.School,
            new DisciplineInput(null, null, null, null, "Khiển trách", "01/01/2030", null, null))));
        Assert.Contains("không được sau ngày hôm nay", future.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<RecordDiscipline, Guid>(r => r.HandleAsync(_province.Clerk(_province.Union), _province.School,
            new DisciplineInput(null, null, null, null, "Khiển trách", "01/01/2025", null, null))));

        var template = await _host.RunAsync<ReportWorkbookTemplate, ExportFile>(t => t.HandleAsync(_province.Clerk(_province.School), _report));
        var file = Fill(template.Content, new(), discipline:
            [["1", "", "", "", "", "khien trach", "20/05/2025", "22/QĐ-UBND"], ["2", "Lê Văn Cường", "", "", "", "Cảnh cáo", "10/02/2025"]]);
        Assert.Equal(new ReportImportResult(null, 0, 1, 1), await ImportAsync(file));
        Assert.Equal(new ReportImportResult(null, 0, 0, 2), await ImportAsync(file));

        var rows = await _host.RunAsync<DisciplineRecords, IReadOnlyList<DisciplineRow>>(d => d.HandleAsync(_province.Reviewer, _province.School));
        Assert.Equal([("Tập thể đơn vị", "Khiển trách"), ("Lê Văn Cường", "Cảnh cáo")], rows.Select(r => (r.Who, r.LevelName)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<DisciplineRecords, IReadOnlyList<DisciplineRow>>(d =>
            d.HandleAsync(_province.Clerk(_province.Union), _province.School)));
    }

    [Fact]
    public async Task The_consolidated_report_aggregates_the_latest_figures_by_subject_type()
    {
        await OpenAsync();
        await EnterAsync((Code.HouseholdsStart, "1000"), (Code.PoorStart, "30"), (Code.PovertyRateStart, "3"));
        await EnterAsync((Code.HouseholdsStart, "1000"), (Code.PoorStart, "40"), (Code.PovertyRateStart, "4"));
        var union = await _host.RunAsync<OpenMovementReport, Guid>(o => o.HandleAsync(_province.Clerk(_province.Union), _province.MovementId, 2025));
        await _host.RunAsync<EnterReportIndicators, int>(e => e.HandleAsync(_province.Clerk(_province.Union), union, 1,
            new Dictionary<string, string?> { [Code.HouseholdsStart] = "500", [Code.PoorStart] = "10", [Code.PovertyRateStart] = "2" }));

        var summary = await _host.RunAsync<SummariseMovementYear, MovementYearSummary>(s => s.HandleAsync(_province.Chairman, _province.MovementId, 2025));

        var group = Assert.Single(summary.Indicators);
        Assert.Equal(("Sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể, hội", 2), (group.SubjectType, group.Units));
        var poor = group.Values.Single(v => v.Code == Code.PoorStart);
        Assert.Equal((2, 50m, 10m, 40m), (poor.Units, poor.Total!.Value, poor.Min!.Value, poor.Max!.Value));
        var rate = group.Values.Single(v => v.Code == Code.PovertyRateStart);
        Assert.Equal((null, 3m), (rate.Total, rate.Mean!.Value));
    }

    /// <summary>
    /// The template as a clerk's Excel saves it after typing: values put in column D of the indicators' rows (a number,
    /// a text or a formula), discipline rows appended, optionally a row with a code that is not in the catalogue.
    /// </summary>
    private static byte[] Fill(byte[] template, Dictionary<string, object> values, string[][]? discipline = null, string? extraCode = null)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            SheetData Data(string name) => ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!))
                .Worksheet.GetFirstChild<SheetData>()!;
            var indicators = Data(IndicatorSheet.IndicatorsSheet);
            foreach (var row in indicators.Elements<Row>().Skip(1))
            {
                var code = row.Elements<Cell>().First().InnerText;
                if (!values.TryGetValue(code, out var value)) continue;
                row.Elements<Cell>().FirstOrDefault(c => c.CellReference == $"D{row.RowIndex}")?.Remove();
                row.Append(Cell($"D{row.RowIndex}", value));
            }
            var last = (uint)indicators.Elements<Row>().Count();
            if (extraCode is not null)
                indicators.Append(new Row(Cell($"A{last + 1}", extraCode), Cell($"D{last + 1}", 1)) { RowIndex = last + 1 });
            var sheet = Data(IndicatorSheet.DisciplineSheet);
            uint line = 2;
            foreach (var cells in discipline ?? [])
            {
                sheet.Append(new Row(cells.Select((text, i) => Cell($"{(char)('A' + i)}{line}", text))) { RowIndex = line });
                line++;
            }
        }
        return stream.ToArray();
    }

    private sealed record Formula(string Text);

    private static Cell Cell(string reference, object value) => value switch
    {
        Formula f => new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text), CellValue = new CellValue("1") },
        string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
        _ => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)) },
    };
}
