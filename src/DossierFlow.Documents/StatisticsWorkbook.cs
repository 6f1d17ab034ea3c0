using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Reports.Statistics;
using static DossierFlow.Documents.StatisticsSheetParts;

namespace DossierFlow.Documents;

/// <summary>
/// The ministry's statistical tables as an .xlsx a clerk can print and send: one sheet per table in the form's
/// layout (Biểu số, the circular, the reporting and receiving units, the title and year, the grouped headers with the
/// column numbers, counts as number cells, the signature block), A4 landscape fitted to the width with the header
/// frozen and repeated on every page; cells DossierFlow cannot fill are grey and empty, and the "Ghi chú" sheet
/// names each with its reason.
/// </summary>
internal sealed class StatisticsWorkbook : IStatisticsWorkbook
{
    public const string NotesSheet = "Ghi chú";
    /// <summary>The first row of figures; rows 7 to 9 hold the header.</summary>
    public const uint FirstDataRow = 10;
    private const double LabelWidth = 46, CodeWidth = 7, UnitWidth = 13;
    /// <summary>Characters of the label column per printed line: Times New Roman fits more than one per width unit.</summary>
    private const double LabelLine = LabelWidth + 10;

    private sealed record Note(string Sheet, string Range, string Row, string Column, string Reason);

    public byte[] Render(MinistryStatistics s)
    {
        var notes = new List<Note>();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            var titles = new DefinedNames();
            uint id = 1;
            foreach (var table in s.Tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = TableSheet(s, table, notes);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = table.Table.Sheet });
                titles.Append(new DefinedName($"'{table.Table.Sheet}'!$7:$9") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
                id++;
            }
            var notesPart = workbook.AddNewPart<WorksheetPart>();
            notesPart.Worksheet = NotesSheetOf(s, notes);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(notesPart), SheetId = id, Name = NotesSheet });
            titles.Append(new DefinedName($"'{NotesSheet}'!$8:$8") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
            workbook.Workbook.Append(sheets, titles);
        }
        return stream.ToArray();
    }

    private static Worksheet TableSheet(MinistryStatistics s, StatisticsTableResult result, List<Note> notes)
    {
        var table = result.Table;
        var last = 2 + table.Columns.Count;
        // A narrow table gets wider value columns, so its long headings take fewer lines.
        var valueWidth = table.Columns.Count <= 6 ? 18d : 13d;
        // The right-hand block (reporting unit, signer) takes the columns right of the middle, at least the values.
        var right = Math.Max(3, (last + 1) / 2);
        var data = new SheetData();
        var merges = new MergeCells();
        void Merge(int from, uint row, int to, uint toRow) { if (to > from || toRow > row) merges.Append(new MergeCell { Reference = $"{Reference(from, row)}:{Reference(to, toRow)}" }); }
        void Pair(uint row, string leftText, string? rightText, uint leftStyle = Fmt.BoldLeft, uint rightStyle = Fmt.Center)
        {
            var cells = new List<Cell> { Text(0, row, leftText, leftStyle) };
            if (rightText is not null) cells.Add(Text(right, row, rightText, rightStyle));
            data.Append(Row(row, cells));
            Merge(0, row, right - 1, row);
            if (rightText is not null) Merge(right, row, last, row);
        }

        Pair(1, $"Biểu số: {table.Code}", $"Đơn vị báo cáo: {s.ReportingUnit}");
        Pair(2, $"Ban hành theo {s.Layout.Circular}", $"Đơn vị nhận báo cáo: {s.Layout.Receiver}", Fmt.Plain);
        Pair(3, $"Ngày nhận báo cáo: {s.Layout.Due}", null, Fmt.Plain);
        data.Append(Row(4, [Text(0, 4, table.Title, Fmt.Title)], 40));
        Merge(0, 4, last, 4);
        data.Append(Row(5, [Text(0, 5, $"Năm {s.Year} (số liệu từ {VietnameseFormat.Date(s.From)} đến {VietnameseFormat.Date(s.To)})", Fmt.Italic)]));
        Merge(0, 5, last, 5);
        data.Append(Row(6, table.Unit is { } unit ? [Text(0, 6, $"Đơn vị tính: {unit}", Fmt.ItalicRight)] : []));
        Merge(0, 6, last, 6);

        // Rows 7 and 8: a column without a group spans both; a group's label spans its run of columns.
        var top = new List<Cell> { Text(0, 7, "", Fmt.Header), Text(1, 7, "Mã số", Fmt.Header), Text(2, 7, "Đơn vị tính", Fmt.Header) };
        var below = new List<Cell> { Empty(0, 8, Fmt.Header), Empty(1, 8, Fmt.Header), Empty(2, 8, Fmt.Header) };
        for (var c = 0; c < 3; c++) Merge(c, 7, c, 8);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (column.Group is null)
            {
                top.Add(Text(3 + i, 7, column.Label, Fmt.Header));
                below.Add(Empty(3 + i, 8, Fmt.Header));
                Merge(3 + i, 7, 3 + i, 8);
                continue;
            }
            var end = i;
            while (end + 1 < table.Columns.Count && table.Columns[end + 1].Group == column.Group) end++;
            for (var j = i; j <= end; j++)
            {
                top.Add(j == i ? Text(3 + j, 7, column.Group, Fmt.Header) : Empty(3 + j, 7, Fmt.Header));
                below.Add(Text(3 + j, 8, table.Columns[j].Label, Fmt.Header));
            }
            Merge(3 + i, 7, 3 + end, 7);
            i = end;
        }
        var groups = table.Columns.Where(c => c.Group is not null).Select(c => c.Group!).Distinct().ToList();
        // A label without a group spans rows 7 and 8, so the two together must hold it.
        var lower = Height(table.Columns.Where(c => c.Group is not null).Select(c => (c.Label, valueWidth)));
        var upper = Math.Max(Height(groups.Select(g => (g, valueWidth * table.Columns.Count(c => c.Group == g)))),
            Height(table.Columns.Where(c => c.Group is null).Select(c => (c.Label, valueWidth)).Append(("Đơn vị tính", UnitWidth))) - lower);
        data.Append(Row(7, top, upper));
        data.Append(Row(8, below, lower));
        data.Append(Row(9, new[] { "A", "B", "C" }.Concat(table.Columns.Select((_, i) => (i + 1).ToString(VietnameseFormat.Culture)))
            .Select((t, c) => Text(c, 9, t, Fmt.Header))));

        var row = FirstDataRow;
        foreach (var line in result.Rows)
        {
            var cells = new List<Cell>
            {
                Text(0, row, line.Row.Label, line.Row.Heading ? Fmt.Heading : Fmt.Body),
                Text(1, row, line.Row.Code ?? "", Fmt.Code),
                Text(2, row, line.Row.Unit ?? "", Fmt.Code),
            };
            for (var i = 0; i < line.Cells.Count; i++)
            {
                var cell = line.Cells[i];
                cells.Add(cell switch
                {
                    { Value: { } value } => Number(3 + i, row, value, Fmt.Count),
                    { Note: not null } => Empty(3 + i, row, Fmt.NotDerived),
                    _ => Empty(3 + i, row, Fmt.Body),
                });
            }
            data.Append(Row(row, cells, Height([(line.Row.Label, LabelLine), (line.Row.Unit ?? "", UnitWidth)])));
            row++;
        }

        AddNotes(notes, result);
        row++;
        if (result.Rows.Any(r => r.Cells.Any(c => c.Note is not null)))
        {
            data.Append(Row(row, [Text(0, row, $"Ô tô xám: DossierFlow không tính được từ dữ liệu, để trống cho Sở Nội vụ điền; lý do ở trang “{NotesSheet}”.", Fmt.Wrapped)], 32));
            Merge(0, row, last, row);
            row += 2;
        }
        data.Append(Row(row, [Text(right, row, "…………, ngày …… tháng …… năm ……", Fmt.Italic)]));
        Merge(right, row, last, row);
        row++;
        Pair(row, "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", Fmt.BoldCenter, Fmt.BoldCenter);
        row++;
        Pair(row, "(Ký, họ tên)", "(Ký, họ tên, đóng dấu)", Fmt.Italic, Fmt.Italic);

        var widths = new[] { LabelWidth, CodeWidth, UnitWidth }.Concat(table.Columns.Select(_ => valueWidth)).ToList();
        return Finish(data, merges, widths, frozenRows: 9, frozenColumns: 1, onePage: true);
    }

    /// <summary>
    /// What the layout says cannot be filled, once each: a whole table, a column (all its rows) or a row (all its
    /// columns), with the range of cells and the reason, rather than one line per grey cell.
    /// </summary>
    private static void AddNotes(List<Note> notes, StatisticsTableResult result)
    {
        var table = result.Table;
        var rows = result.Rows.Select((r, i) => (r.Row, Index: FirstDataRow + (uint)i)).Where(x => !x.Row.Heading).ToList();
        if (rows.Count == 0) return;
        var (first, last, lastColumn) = (rows[0].Index, rows[^1].Index, 2 + table.Columns.Count);
        if (table.NotDerived is { } all)
        {
            notes.Add(new Note(table.Sheet, $"{Reference(3, first)}:{Reference(lastColumn, last)}", "Cả biểu", "Tất cả các cột", all));
            return;
        }
        for (var i = 0; i < table.Columns.Count; i++)
            if (table.Columns[i].Filter.NotDerived is { } why)
                notes.Add(new Note(table.Sheet, $"{Reference(3 + i, first)}:{Reference(3 + i, last)}", "Tất cả các dòng", ColumnName(table.Columns[i]), why));
        foreach (var (row, index) in rows)
            if (row.Filter.NotDerived is { } why)
                notes.Add(new Note(table.Sheet, $"{Reference(3, index)}:{Reference(lastColumn, index)}", $"{row.Code} {row.Label}", "Tất cả các cột", why));
    }

    private static string ColumnName(StatisticsColumn column) => column.Group is null ? column.Label : $"{column.Group}: {column.Label}";

    private static Worksheet NotesSheetOf(MinistryStatistics s, List<Note> notes)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        string[] general =
        [
            $"Số liệu năm {s.Year}: từ {VietnameseFormat.Date(s.From)} đến {VietnameseFormat.Date(s.To)}, tính theo ngày của quyết định khen thưởng " +
                "(khen thưởng của tỉnh: ngày ban hành quyết định; khen thưởng cấp Nhà nước: ngày quyết định của cấp Trung ương do Sở Nội vụ ghi nhận).",
            "Chỉ tính khen thưởng đã quyết định trong DossierFlow; khen thưởng quyết định ngoài hệ thống (kể cả khen thưởng đã nhập từ hồ sơ cũ) không được tính.",
            "Mỗi tập thể, cá nhân, hộ gia đình được khen thưởng tính một lần cho mỗi quyết định; biểu 0601 đếm các phong trào của tỉnh đang diễn ra trong năm.",
            $"Bố cục biểu theo {s.Layout.Circular}, lấy từ tệp cấu hình của DossierFlow; cần đối chiếu với văn bản đang có hiệu lực trước khi gửi.",
        ];
        data.Append(Row(1, [Text(0, 1, $"GHI CHÚ VỀ BIỂU THỐNG KÊ THI ĐUA, KHEN THƯỞNG NĂM {s.Year}", Fmt.Title)], 24));
        Merge(1);
        uint row = 2;
        foreach (var text in general)
        {
            data.Append(Row(row, [Text(0, row, $"{row - 1}. {text}", Fmt.Wrapped)], 34));
            Merge(row++);
        }
        row++;
        data.Append(Row(row, [Text(0, row, "Các ô DossierFlow không tính được (để trống, tô xám):", Fmt.BoldLeft)]));
        Merge(row++);
        data.Append(Row(row, new[] { "Biểu", "Ô", "Dòng", "Cột", "Lý do" }.Select((t, c) => Text(c, row, t, Fmt.Header))));
        row++;
        foreach (var note in notes)
        {
            data.Append(Row(row, [Text(0, row, note.Sheet, Fmt.Code), Text(1, row, note.Range, Fmt.Code), Text(2, row, note.Row, Fmt.Body),
                Text(3, row, note.Column, Fmt.Body), Text(4, row, note.Reason, Fmt.Body)],
                Height([(note.Row, 30), (note.Column, 30), (note.Reason, 60)])));
            row++;
        }
        return Finish(data, merges, [8, 11, 30, 30, 60], frozenRows: 8, frozenColumns: 0, onePage: false);

        void Merge(uint r) => merges.Append(new MergeCell { Reference = $"A{r}:E{r}" });
    }

    /// <param name="onePage">A table of the form has a fixed number of rows: printed on one page with its signature block.</param>
    private static Worksheet Finish(SheetData data, MergeCells merges, IReadOnlyList<double> widths, uint frozenRows, int frozenColumns, bool onePage)
    {
        var pane = new Pane
        {
            VerticalSplit = frozenRows, TopLeftCell = Reference(frozenColumns, frozenRows + 1), State = PaneStateValues.Frozen,
            ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
        };
        if (frozenColumns > 0) pane.HorizontalSplit = frozenColumns;
        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
        if (merges.HasChildren) sheet.Append(merges);
        sheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            // A4 (paper size 9), landscape, as wide as one page; a table on one page, the notes as many pages long as they take.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = onePage ? 1u : 0u },
            new HeaderFooter(new OddFooter("&CTrang &P/&N")));
        return sheet;
    }
}
