using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierFlow.Documents.Word;

internal static class Tables
{
    /// <summary>A fixed-layout table with the given column widths (twips), with or without grid lines.</summary>
    public static Table Create(IReadOnlyList<int> widths, bool borders)
    {
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center });
        properties.Append(borders
            ? new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })
            : new TableBorders(
                new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }));
        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        return table;
    }

    public static TableCell Cell(int width, params OpenXmlElement[] content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content.Length == 0 ? [Para.Empty()] : content);
        return cell;
    }

    /// <summary>A grid row of plain cells; header rows are bold and centred.</summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> values, bool header = false, int size = PageSetup.HeaderSize) =>
        new(values.Select((value, i) => Cell(widths[i], Para.Paragraph(value, size, header ? Look.Bold : Look.None,
            header || i == 0 ? JustificationValues.Center : JustificationValues.Left, before: 40, after: 40))));
}
