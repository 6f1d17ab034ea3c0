using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents;

/// <summary>
/// The nominee list as an .xlsx a clerk can hand in as printed: a title, a bold bordered header row that stays
/// frozen on screen and repeats on every printed page (A4 landscape, fitted to the width), one row per nominee
/// grouped by kind, STT and amounts as numbers (amounts with thousand separators), the decision's date as a date
/// (dd/mm/yyyy) and, once decided, each nominee's outcome, amount and a total.
/// </summary>
internal static class NomineeWorkbook
{
    private const string SheetName = "Danh sách";
    // Collectives first, as decisions list them.
    private static readonly Dictionary<string, string> Kinds = new() { ["collective"] = "Tập thể", ["individual"] = "Cá nhân", ["household"] = "Hộ gia đình" };

    // Cell formats of the stylesheet below, by index.
    private const uint Title = 1, Header = 2, Text = 3, Number = 4, Amount = 5, Date = 6, TotalLabel = 7, TotalAmount = 8;
    private const uint DateFormatId = 164;

    private sealed record ColumnSpec(string Heading, double Width);

    public static byte[] Render(string title, IReadOnlyList<NomineeLine> nominees)
    {
        var decided = nominees.Any(n => n.Outcome is not null);
        var withAmounts = nominees.Any(n => n.Amount is not null);
        var columns = new List<ColumnSpec>
        {
            new("STT", 6), new("Đối tượng", 13), new("Họ và tên / Tên tập thể", 34), new("Chức vụ", 22), new("Đơn vị công tác / Địa chỉ", 34),
        };
        if (decided) columns.AddRange([new("Kết quả", 22), new("Số tiền", 15), new("Ngày quyết định", 14)]);
        var last = Letter(columns.Count - 1);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            data.Append(new Row(Cell("A1", title, Title)) { RowIndex = 1, Height = 36, CustomHeight = true });
            data.Append(new Row(columns.Select((c, i) => Cell($"{Letter(i)}2", c.Heading, Header)))
                { RowIndex = 2, Height = Height(columns.Select(c => (c.Heading, c.Width))), CustomHeight = true });
            uint row = 3;
            var index = 0;
            foreach (var nominee in nominees.OrderBy(n => Array.IndexOf(Kinds.Keys.ToArray(), n.Kind)))
            {
                var cells = new List<Cell>
                {
                    NumberCell($"A{row}", ++index, Number),
                    Cell($"B{row}", Kinds.GetValueOrDefault(nominee.Kind, nominee.Kind), Text),
                    Cell($"C{row}", nominee.Name, Text),
                    Cell($"D{row}", nominee.Position ?? "", Text),
                    Cell($"E{row}", nominee.Workplace ?? "", Text),
                };
                if (decided)
                {
                    cells.Add(Cell($"F{row}", nominee.Outcome ?? "", Text));
                    cells.Add(nominee.Amount is { } amount ? NumberCell($"G{row}", amount, Amount) : Cell($"G{row}", "", Amount));
                    cells.Add(nominee.DecidedOn is { } on ? NumberCell($"H{row}", SerialDate(on), Date) : Cell($"H{row}", "", Date));
                }
                // Heights are set, since LibreOffice does not grow a row for wrapped text on its own when it prints.
                var texts = new[] { nominee.Name, nominee.Position ?? "", nominee.Workplace ?? "", nominee.Outcome ?? "" };
                var widths = new[] { columns[2].Width, columns[3].Width, columns[4].Width, decided ? columns[5].Width : 100 };
                data.Append(new Row(cells) { RowIndex = row++, Height = Height(texts.Zip(widths)), CustomHeight = true });
            }
            if (decided && withAmounts)
            {
                // A formula, so a clerk who removes a row gets a right total; the cached value shows before recalculation.
                var total = new Cell
                {
                    CellReference = $"G{row}", StyleIndex = TotalAmount,
                    CellFormula = new CellFormula($"SUM(G3:G{row - 1})"),
                    CellValue = new CellValue(nominees.Sum(n => n.Amount ?? 0)),
                };
                data.Append(new Row(Cell($"A{row}", "Tổng cộng", TotalLabel), Cell($"B{row}", "", TotalLabel), Cell($"C{row}", "", TotalLabel),
                    Cell($"D{row}", "", TotalLabel), Cell($"E{row}", "", TotalLabel), Cell($"F{row}", "", TotalLabel), total, Cell($"H{row}", "", TotalLabel)) { RowIndex = row });
            }

            var merges = new MergeCells(new MergeCell { Reference = $"A1:{last}1" });
            if (decided && withAmounts) merges.Append(new MergeCell { Reference = $"A{row}:F{row}" });
            sheetPart.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }),
                new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                data,
                merges,
                new PrintOptions { HorizontalCentered = true },
                new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                // A4 (paper size 9), landscape, as wide as one page and as many pages long as it takes.
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
                new HeaderFooter(new OddFooter("&CTrang &P/&N")));
            workbook.Workbook.Append(
                new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }),
                new DefinedNames(new DefinedName($"'{SheetName}'!$2:$2") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }
        return stream.ToArray();
    }

    private static Stylesheet Styles()
    {
        static Font Font(bool bold = false, double size = 12)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
            return font;
        }
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new DiagonalBorder());
        CellFormat Format(uint font, uint border, uint numberFormat, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical) => new(
            new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = true })
        {
            FontId = font, BorderId = border, NumberFormatId = numberFormat, FillId = 0, FormatId = 0,
            ApplyFont = true, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0, ApplyAlignment = true,
        };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            // The "Normal" cell style, which spreadsheet programs (and openpyxl) expect to find.
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = 0 },
                Format(2, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),   // Title
                Format(1, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),   // Header
                Format(0, 1, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top),        // Text
                Format(0, 1, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),      // Number: "0"
                Format(0, 1, 3, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top),       // Amount: "#,##0"
                Format(0, 1, DateFormatId, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top), // Date
                Format(1, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),      // TotalLabel
                Format(1, 1, 3, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top))       // TotalAmount
            { Count = 9 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Cell Cell(string reference, string value, uint style) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)), StyleIndex = style };

    private static Cell NumberCell(string reference, decimal value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    /// <summary>A row tall enough for its longest wrapped text: about one character per width unit, 16 points a line.</summary>
    private static double Height(IEnumerable<(string Text, double Width)> cells) =>
        16 * Math.Max(1, cells.Max(c => (int)Math.Ceiling(c.Text.Length / Math.Max(1, c.Width - 2))));

    private static int SerialDate(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static string Letter(int column) => ((char)('A' + column)).ToString(CultureInfo.InvariantCulture);
}
