using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierFlow.Documents.Word;

/// <summary>How a grid row is set: a repeated header, a bold group or total line, or plain content.</summary>
internal enum RowKind { Plain, Header, Bold }

internal static class Tables
{
    /// <summary>The width of an STT column: "STT" in bold 13 pt plus the cell margins, so it never wraps to "ST/T".</summary>
    public const int NumberColumn = 850;

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

    /// <summary>A row that never breaks across pages; a header row also repeats at the top of every page the table reaches.</summary>
    public static TableRow Row(params TableCell[] cells) => Row(RowKind.Plain, cells);

    public static TableRow Row(RowKind kind, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (kind == RowKind.Header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    /// <summary>
    /// A grid row of plain cells. Header and bold rows are bold and centred; otherwise the first column (STT) is
    /// centred and a column listed in <paramref name="right"/> (amounts) is right-aligned.
    /// </summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> values, RowKind kind = RowKind.Plain,
        int size = PageSetup.HeaderSize, IReadOnlySet<int>? right = null) =>
        Row(kind, [.. values.Select((value, i) => Cell(widths[i], Para.Paragraph(value, size, kind == RowKind.Plain ? Look.None : Look.Bold,
            right?.Contains(i) == true ? JustificationValues.Right
            : kind == RowKind.Header || i == 0 ? JustificationValues.Center : JustificationValues.Left, before: 40, after: 40)))]);
}
