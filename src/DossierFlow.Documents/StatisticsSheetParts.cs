using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DossierFlow.Documents;

/// <summary>
/// The cell formats and cell builders of the statistics workbook: Times New Roman as the forms print, thin borders
/// inside the table, counts as number cells with a thousands separator, grey for cells DossierFlow cannot fill.
/// </summary>
internal static class StatisticsSheetParts
{
    /// <summary>Cell formats of the stylesheet below, by index.</summary>
    public static class Fmt
    {
        public const uint Plain = 0, Title = 1, Header = 2, Body = 3, Count = 4, NotDerived = 5, Heading = 6, BoldLeft = 7, Italic = 8,
            BoldCenter = 9, Center = 10, Code = 11, ItalicRight = 12, Wrapped = 13;
    }

    public static Stylesheet Styles()
    {
        static Font Font(bool bold = false, bool italic = false, double size = 12)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            if (italic) font.Append(new Italic());
            font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
            return font;
        }
        static BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } };
        CellFormat Format(uint font, uint border, uint fill, uint numberFormat, HorizontalAlignmentValues horizontal, VerticalAlignmentValues? vertical = null) => new(
            new Alignment { Horizontal = horizontal, Vertical = vertical ?? VerticalAlignmentValues.Center, WrapText = true })
        {
            FontId = font, BorderId = border, FillId = fill, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = true, ApplyBorder = border != 0, ApplyFill = fill != 0, ApplyNumberFormat = numberFormat != 0, ApplyAlignment = true,
        };
        var left = HorizontalAlignmentValues.Left;
        var center = HorizontalAlignmentValues.Center;
        return new Stylesheet(
            new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14), Font(italic: true)) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
                { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = 0 },
                Format(2, 0, 0, 0, center),                                  // Title
                Format(1, 1, 0, 0, center),                                  // Header
                Format(0, 1, 0, 0, left),                                    // Text
                Format(0, 1, 0, 3, HorizontalAlignmentValues.Right),         // Count: "#,##0"
                Format(0, 1, 2, 0, center),                                  // NotDerived: grey
                Format(1, 1, 0, 0, left),                                    // Heading row
                Format(1, 0, 0, 0, left),                                    // BoldLeft
                Format(3, 0, 0, 0, center),                                  // Italic
                Format(1, 0, 0, 0, center),                                  // BoldCenter
                Format(0, 0, 0, 0, center),                                  // Center
                Format(0, 1, 0, 0, center),                                  // Code (Mã số, Đơn vị tính)
                Format(3, 0, 0, 0, HorizontalAlignmentValues.Right),         // ItalicRight
                Format(0, 0, 0, 0, left, VerticalAlignmentValues.Top))       // Wrapped
            { Count = 14 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    public static Cell Text(int column, uint row, string value, uint style) => new()
    {
        CellReference = Reference(column, row), DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve }),
    };

    public static Cell Number(int column, uint row, int value, uint style) =>
        new() { CellReference = Reference(column, row), DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

    public static Cell Empty(int column, uint row, uint style) => new() { CellReference = Reference(column, row), StyleIndex = style };

    /// <summary>A row of cells, in column order as the format requires, with a height for its wrapped text when given.</summary>
    public static Row Row(uint index, IEnumerable<Cell> cells, double? height = null)
    {
        var row = new Row(cells.OrderBy(c => ColumnIndex(c.CellReference!.Value!))) { RowIndex = index };
        if (height is { } h) { row.Height = h; row.CustomHeight = true; }
        return row;
    }

    /// <summary>A row tall enough for its longest wrapped text: about one character per width unit, 16 points a line.</summary>
    public static double Height(IEnumerable<(string Text, double Width)> cells) =>
        16 * Math.Max(1, cells.Select(c => (int)Math.Ceiling(c.Text.Length / Math.Max(1, c.Width - 2))).DefaultIfEmpty(1).Max());

    /// <summary>"A1"-style reference of a zero-based column.</summary>
    public static string Reference(int column, uint row) => Letters(column) + row;

    public static string Letters(int column) => column < 26 ? ((char)('A' + column)).ToString() : Letters(column / 26 - 1) + (char)('A' + column % 26);

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper)) index = index * 26 + (c - 'A' + 1);
        return index;
    }
}
