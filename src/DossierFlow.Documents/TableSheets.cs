using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DossierFlow.Documents;

/// <summary>
/// Workbooks of plain tables (the consolidated report's, the dashboard's): per sheet, rows of values where counts and
/// decimals are number cells, so they can be summed and sorted, and texts are inline strings. The heading row is bold,
/// bordered and frozen, so it stays in view while the rows scroll; rows above it (a title) are plain.
/// </summary>
internal static class TableSheets
{
    /// <param name="HeaderRow">The 1-based row of the column headings; 0 for a sheet of label-value pairs without one.</param>
    public sealed record Sheet(string Name, double[] Widths, IReadOnlyList<object?[]> Rows, int HeaderRow = 1);

    private const uint Header = NomineeSheetFile.HeaderStyle, Text = NomineeSheetFile.TextStyle, Plain = 0;

    public static byte[] Render(IEnumerable<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = NomineeSheetFile.Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                foreach (var values in sheet.Rows)
                {
                    var style = sheet.HeaderRow == 0 || r < sheet.HeaderRow ? Plain : r == sheet.HeaderRow ? Header : Text;
                    data.Append(Row(r++, values, style));
                }
                var worksheet = new Worksheet();
                if (sheet.HeaderRow > 0) worksheet.Append(Frozen(sheet.HeaderRow));
                worksheet.Append(new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })), data);
                part.Worksheet = worksheet;
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    /// <summary>The rows up to and including the heading stay in view.</summary>
    private static SheetViews Frozen(int headerRow) => new(new SheetView(
        new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{headerRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{headerRow + 1}" } })
    { WorkbookViewId = 0 });

    private static Row Row(uint index, object?[] values, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var reference = $"{(char)('A' + i)}{index}";
            row.Append(value switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style == Header ? Header : Plain },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), StyleIndex = style == Header ? Header : Plain },
                _ => new Cell
                {
                    CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }
        return row;
    }
}
