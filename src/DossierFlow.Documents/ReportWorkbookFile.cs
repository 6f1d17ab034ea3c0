using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Application.Reports.Indicators;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;

namespace DossierFlow.Documents;

/// <summary>
/// The yearly report's workbook: the indicator sheet (codes, names, units, the current values as number cells) and
/// the discipline sheet (text cells, so dates stay as typed). The reader takes cells as typed, number cells written
/// with a decimal comma and no grouping so the import reads them back exactly, and leaves judging them to the import;
/// it refuses what it cannot read faithfully (a formula, a missing sheet or header), as the ballot sheet does.
/// </summary>
internal sealed class ReportWorkbookFile : IReportWorkbookFile
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public byte[] Template(string title, IReadOnlyDictionary<string, decimal> current)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = NomineeSheetFile.Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var indicators = new SheetData(NomineeSheetFile.Row(1, IndicatorSheet.IndicatorColumns.Select(c => c.Header).ToArray(), NomineeSheetFile.HeaderStyle));
            uint row = 2;
            foreach (var definition in IndicatorCatalogue.All)
            {
                var cells = NomineeSheetFile.Row(row, [definition.Code, definition.Name, IndicatorSheet.UnitName(definition.Unit)], NomineeSheetFile.TextStyle);
                if (current.TryGetValue(definition.Code, out var value))
                    cells.Append(new Cell { CellReference = $"D{row}", DataType = CellValues.Number, CellValue = new CellValue(value.ToString(Invariant)) });
                indicators.Append(cells);
                row++;
            }
            Add(workbook, sheets, 1, IndicatorSheet.IndicatorsSheet, IndicatorSheet.IndicatorColumns.Select(c => c.Width), indicators);

            var discipline = new SheetData(NomineeSheetFile.Row(1, IndicatorSheet.DisciplineColumns.Select(c => c.Header).ToArray(), NomineeSheetFile.HeaderStyle));
            Add(workbook, sheets, 2, IndicatorSheet.DisciplineSheet, IndicatorSheet.DisciplineColumns.Select(c => c.Width), discipline,
                // Dates and CCCD typed into text cells stay as typed (no serial numbers, no lost leading zeros).
                new Columns(IndicatorSheet.DisciplineColumns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Style = NomineeSheetFile.TextStyle })));

            var help = workbook.AddNewPart<WorksheetPart>();
            help.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 110, CustomWidth = true }), new SheetData(
                new[]
                {
                    title,
                    "Trang \"Chỉ tiêu\": ghi giá trị vào cột D; để trống chỉ tiêu không báo cáo. Không sửa cột A (mã chỉ tiêu).",
                    "Số hộ là số nguyên; tỷ lệ (%) và mức giảm (điểm %) từ 0 đến 100, tối đa 2 chữ số thập phân, ví dụ 2,85.",
                    "Số hộ nghèo, cận nghèo không vượt tổng số hộ; tỷ lệ hộ nghèo khớp với số hộ nghèo trên tổng số hộ; có mức giảm thì tỷ lệ cuối năm không cao hơn đầu năm.",
                    "Trang \"Kỷ luật\": mỗi dòng một quyết định kỷ luật; để trống họ và tên nếu kỷ luật tập thể đơn vị. Ngày ghi dạng dd/MM/yyyy.",
                    $"Hình thức kỷ luật ghi một trong: {string.Join(", ", DisciplineEntry.Levels.Select(DisciplineLevels.Name))}.",
                    "Tệp có lỗi sẽ không được nhập gì; mọi lỗi được liệt kê theo trang, dòng và cột.",
                }.Select((text, i) => NomineeSheetFile.Row((uint)i + 1, [text], i == 0 ? NomineeSheetFile.HeaderStyle : 0))));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(help), SheetId = 3, Name = "Hướng dẫn" });
        }
        return stream.ToArray();
    }

    private static void Add(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<double> widths, SheetData data, Columns? columns = null)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }),
            columns ?? new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    public ReportWorkbookContent Read(string fileName, byte[] content)
    {
        NomineeSheetFile.CheckPackage(fileName, content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw NotAWorkbook();
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var problems = new List<ImportProblem>();
            var indicators = ReadSheet(workbook, IndicatorSheet.IndicatorsSheet, IndicatorSheet.IndicatorColumns, IndicatorSheet.IndicatorLabel, strings, problems, required: true);
            var discipline = ReadSheet(workbook, IndicatorSheet.DisciplineSheet, IndicatorSheet.DisciplineColumns, IndicatorSheet.DisciplineLabel, strings, problems, required: false);
            return new ReportWorkbookContent(indicators, discipline, problems);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw NotAWorkbook();
        }
    }

    private static List<SheetRow> ReadSheet(WorkbookPart workbook, string name, IReadOnlyList<IndicatorSheet.Column> columns, Func<string, string> label,
        List<string> strings, List<ImportProblem> problems, bool required)
    {
        var rows = new List<SheetRow>();
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => SearchText.Fold(s.Name?.Value ?? "") == SearchText.Fold(name));
        if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            if (required) problems.Add(new ImportProblem(1, label("A"), $"Tệp không có trang \"{name}\"; hãy dùng tệp mẫu tải từ trang báo cáo."));
            return rows;
        }
        var header = true;
        var index = 0;
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var line = NomineeSheetFile.RowNumber(row, index++);
            var cells = new Dictionary<string, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? NomineeSheetFile.Split(r).Column : ((char)('A' + position)).ToString();
                position++;
                if (cell.CellFormula is not null)
                    problems.Add(new ImportProblem(line, Label(column), $"Ô {column}{line} chứa công thức; hãy thay bằng giá trị (Sao chép, Dán giá trị) rồi nhập lại."));
                else if (Text(cell, strings) is { Length: > 0 } text) cells[column] = text;
            }
            if (header)
            {
                header = false;
                foreach (var column in columns.Where(c => SearchText.Fold(cells.GetValueOrDefault(c.Letter) ?? "") != SearchText.Fold(c.Header)))
                    problems.Add(new ImportProblem(line, label(column.Letter), $"Tiêu đề cột phải là \"{column.Header}\"; hãy dùng tệp mẫu tải từ trang báo cáo."));
                continue;
            }
            // A row with only its STT (the discipline sheet) or only the catalogue's own texts is empty.
            if (cells.Count == 0 || cells.Keys.All(c => c == "A" && name == IndicatorSheet.DisciplineSheet)) continue;
            foreach (var extra in cells.Keys.Where(c => columns.All(k => k.Letter != c)))
                problems.Add(new ImportProblem(line, Label(extra), $"Ô {extra}{line}: cột {extra} không thuộc mẫu (mẫu có các cột A đến {columns[^1].Letter})."));
            if (rows.Count == IndicatorSheet.MaxRows)
            {
                problems.Add(new ImportProblem(line, label("A"), $"Trang \"{name}\" có quá {IndicatorSheet.MaxRows} dòng."));
                break;
            }
            rows.Add(new SheetRow(line, cells));
        }
        if (header) problems.Add(new ImportProblem(1, label("A"), $"Trang \"{name}\" trống: không có dòng tiêu đề của mẫu."));
        return rows;

        string Label(string column) => columns.Any(c => c.Letter == column) ? label(column) : $"{name}, {column}";
    }

    private static string? Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        string? text;
        if (type == CellValues.SharedString)
            text = int.TryParse(raw, NumberStyles.None, Invariant, out var i) && i < strings.Count ? strings[i] : null;
        else if (type == CellValues.InlineString)
            text = cell.InlineString?.InnerText;
        else if ((type is null || type == CellValues.Number) && raw is not null && decimal.TryParse(raw, NumberStyles.Float, Invariant, out var number))
            // A decimal comma and no grouping: what IndicatorNumbers reads back exactly.
            text = number.ToString("0.##########", VietnameseFormat.Culture);
        else
            text = raw;
        return text?.Normalize(NormalizationForm.FormC).Trim();
    }

    private static DomainException NotAWorkbook() =>
        new("report-workbook-type", "Tệp không phải bảng tính Excel .xlsx; hãy dùng tệp mẫu tải từ trang báo cáo và lưu dưới dạng .xlsx.");
}
