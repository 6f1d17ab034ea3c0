using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents;

/// <summary>
/// The nominee spreadsheet: the template (bold bordered headers, a frozen header row, the date and CCCD columns
/// formatted as text so that Excel keeps "001…" and "05/03/1985" as typed, lists for the kind and gender) and
/// the reader, which refuses what it cannot read faithfully (formulas, merged cells, a package that is not a plain
/// workbook or expands enormously) rather than guess.
/// </summary>
internal sealed class NomineeSheetFile : INomineeSheetFile
{
    private const int MaxEntries = 100, MaxExpansionRatio = 200;
    internal const uint HeaderStyle = 1, TextStyle = 2;

    private static readonly Dictionary<NomineeKind, string> Kinds = new()
    {
        [NomineeKind.Individual] = "Cá nhân", [NomineeKind.Collective] = "Tập thể", [NomineeKind.Household] = "Hộ gia đình",
    };

    public byte[] Template(string title, IReadOnlyList<Nominee> nominees)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var list = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(Row(1, NomineeSheet.Columns.Select(c => c.Header).ToArray(), HeaderStyle));
            uint line = 2;
            foreach (var (n, i) in nominees.Select((n, i) => (n, i + 1)))
                data.Append(Row(line++, [i.ToString(CultureInfo.InvariantCulture), n.Name, Kinds[n.Kind],
                    n.Gender switch { NomineeGender.Male => "Nam", NomineeGender.Female => "Nữ", _ => "" },
                    n.BirthDate?.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture) ?? "", n.IdentityNumber ?? n.StaffCode ?? "",
                    n.Position ?? "", n.Workplace ?? "", n.AchievementSummary ?? ""], TextStyle));
            list.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { WorkbookViewId = 0 }),
                new Columns(NomineeSheet.Columns.Select((c, i) => new Column
                {
                    Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Style = TextStyle,
                })),
                data,
                new DataValidations(
                    List($"{NomineeSheet.Kind}2:{NomineeSheet.Kind}{NomineeSheet.MaxRows + 1}", "\"Cá nhân,Tập thể,Hộ gia đình\""),
                    List($"{NomineeSheet.Gender}2:{NomineeSheet.Gender}{NomineeSheet.MaxRows + 1}", "\"Nam,Nữ\"")));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(list), SheetId = 1, Name = "Danh sách" });

            var help = workbook.AddNewPart<WorksheetPart>();
            help.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 110, CustomWidth = true }), new SheetData(
                new[]
                {
                    title,
                    "Mỗi dòng của trang \"Danh sách\" là một đối tượng; giữ nguyên dòng tiêu đề và thứ tự các cột.",
                    "Loại: Cá nhân, Tập thể hoặc Hộ gia đình. Giới tính (Nam/Nữ) và ngày sinh chỉ ghi cho cá nhân.",
                    "Ngày sinh ghi dạng ngày/tháng/năm, ví dụ 05/03/1985.",
                    "Số định danh cá nhân là 12 chữ số của Căn cước công dân; nếu không có, ghi Mã số CBCCVC.",
                    "Nhập lại tệp sẽ cập nhật đối tượng đã có (cùng số CCCD, hoặc cùng họ tên và ngày sinh) thay vì thêm mới.",
                    "Không dùng công thức, không gộp ô; tối đa " + NomineeSheet.MaxRows.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " dòng mỗi lần nhập.",
                }.Select((text, i) => Row((uint)i + 1, [text], i == 0 ? HeaderStyle : 0))));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(help), SheetId = 2, Name = "Hướng dẫn" });
        }
        return stream.ToArray();
    }

    public IReadOnlyList<NomineeSheetRow> Read(string fileName, byte[] content)
    {
        CheckPackage(fileName, content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw NotAWorkbook();
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NotAWorkbook();
            if (first.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) throw NotAWorkbook();
            CountRows(part);
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            return ReadSheet(part.Worksheet, strings);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw NotAWorkbook();
        }
    }

    private static List<NomineeSheetRow> ReadSheet(Worksheet sheet, List<string> strings)
    {
        var problems = new List<ImportProblem>();
        foreach (var merged in sheet.Descendants<MergeCell>())
        {
            var reference = merged.Reference?.Value ?? "";
            var (column, row) = Split(reference.Split(':')[0]);
            problems.Add(new ImportProblem(row, Label(column), $"Các ô {reference} đang được gộp; hãy bỏ gộp ô (mỗi ô một giá trị) rồi nhập lại."));
        }
        var data = sheet.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];

        var rows = new List<NomineeSheetRow>();
        var header = true;
        var index = 0;
        foreach (var row in data)
        {
            var line = RowNumber(row, index++);
            var cells = new Dictionary<string, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? Split(r).Column : ((char)('A' + position)).ToString();
                position++;
                if (cell.CellFormula is not null)
                {
                    problems.Add(new ImportProblem(line, Label(column), "Ô chứa công thức; hãy thay bằng giá trị (Sao chép, Dán giá trị) rồi nhập lại."));
                    continue;
                }
                if (Text(cell, column, strings, line, problems) is { Length: > 0 } text) cells[column] = text;
            }
            if (header)
            {
                header = false;
                CheckHeaders(cells, line, problems);
                continue;
            }
            if (cells.Count == 0) continue;
            foreach (var extra in cells.Keys.Where(c => NomineeSheet.Columns.All(k => k.Letter != c)))
                problems.Add(new ImportProblem(line, extra, $"Cột {extra} không thuộc mẫu (mẫu có các cột A đến {NomineeSheet.Columns[^1].Letter})."));
            // STT is for the reader of the sheet; a row with nothing but STT is an empty row of the template.
            if (cells.Keys.All(c => c == "A")) continue;
            rows.Add(new NomineeSheetRow(line, cells));
        }
        if (header) problems.Add(new ImportProblem(1, Label("A"), "Tệp trống: không có dòng tiêu đề của mẫu."));
        if (problems.Count > 0) throw new ImportFailedException(problems.OrderBy(p => p.Line).ToList(), "đối tượng");
        return rows;
    }

    /// <summary>
    /// Counts the filled rows by streaming the sheet's XML, before the sheet is loaded whole: a file over the limit is
    /// refused at the first row past it, however many rows it holds. Names the file's real number of rows.
    /// </summary>
    private static void CountRows(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        var (filled, row, rowHasValue, firstOver) = (0, 0, false, 0);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    row = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r && int.TryParse(r, out var n) ? n : row + 1;
                    rowHasValue = false;
                }
                else if (reader.IsEndElement && rowHasValue && ++filled == NomineeSheet.MaxRows + 2) firstOver = row;
            }
            else if (reader.IsStartElement && (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(InlineString)
                || reader.ElementType == typeof(CellFormula)))
                rowHasValue = true;
        }
        if (firstOver > 0)
            throw new ImportFailedException([new ImportProblem(firstOver, Label("A"),
                $"Tệp có {(filled - 1).ToString("N0", Vietnamese)} dòng đối tượng, quá giới hạn " +
                $"{NomineeSheet.MaxRows.ToString("N0", Vietnamese)} dòng mỗi lần nhập; hãy chia thành nhiều tệp.")], "đối tượng");
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static void CheckHeaders(Dictionary<string, string> cells, int line, List<ImportProblem> problems)
    {
        foreach (var column in NomineeSheet.Columns)
        {
            var found = cells.GetValueOrDefault(column.Letter) ?? "";
            var folded = SearchText.Fold(found);
            var expected = SearchText.Fold(column.Header);
            var shortExpected = SearchText.Fold(column.Header.Split(" (")[0]);
            if (folded != expected && folded != shortExpected)
                problems.Add(new ImportProblem(line, Label(column.Letter),
                    $"Tiêu đề cột phải là \"{column.Header}\"{(found.Length == 0 ? " (ô đang trống)" : $", không phải \"{Short(found)}\"")}; hãy dùng tệp mẫu tải từ trang hồ sơ."));
        }
        foreach (var extra in cells.Keys.Where(c => NomineeSheet.Columns.All(k => k.Letter != c)))
            problems.Add(new ImportProblem(line, extra, $"Cột {extra} không thuộc mẫu (mẫu có các cột A đến {NomineeSheet.Columns[^1].Letter})."));
    }

    /// <summary>A cell's text as the clerk sees it: numbers in the date column as dates, in the CCCD column as digits.</summary>
    private static string? Text(Cell cell, string column, List<string> strings, int line, List<ImportProblem> problems)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        string? text;
        if (type == CellValues.SharedString)
            text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null;
        else if (type == CellValues.InlineString)
            text = cell.InlineString?.InnerText;
        else if (type == CellValues.Error)
        {
            problems.Add(new ImportProblem(line, Label(column), $"Ô có giá trị lỗi {raw}; hãy sửa ô rồi nhập lại."));
            return null;
        }
        else if ((type is null || type == CellValues.Number) && raw is not null
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            text = column == NomineeSheet.BirthDate && number is > 0 and < 2958466
                ? DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture)
                : number.ToString("0.##########", CultureInfo.InvariantCulture);
        else
            text = raw;
        return text?.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// A spreadsheet is a ZIP like a .docx: refused unless it is a plain workbook of sensible size whose parts really
    /// expand to what the directory declares, and not much more than the file itself.
    /// </summary>
    internal static void CheckPackage(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new DomainException("nominee-file-empty", "Tệp rỗng.");
        if (content.Length > NomineeSheet.MaxBytes)
            throw new DomainException("nominee-file-too-large", $"Tệp lớn hơn giới hạn {NomineeSheet.MaxBytes / 1024 / 1024} MB của danh sách đối tượng.");
        if (content is [0xD0, 0xCF, 0x11, 0xE0, ..])
            throw new DomainException("nominee-file-legacy", "Tệp Excel định dạng cũ (.xls); hãy lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập.");
        if (content is not [0x50, 0x4B, 0x03, 0x04, ..] || !fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) throw NotAWorkbook();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw Bomb();
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > NomineeSheet.MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxExpansionRatio)
                    || (entry.CompressedLength == 0 && entry.Length > 0))
                    throw Bomb();
                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                    throw new DomainException("nominee-file-macro", "Tệp có macro; hãy lưu lại dưới dạng Excel Workbook (.xlsx) không macro rồi nhập.");
            }
            if (zip.GetEntry("xl/workbook.xml") is null || zip.GetEntry("[Content_Types].xml") is null) throw NotAWorkbook();
        }
        catch (InvalidDataException) { throw NotAWorkbook(); }
        try
        {
            if (ZipDeclaredSizes.FirstLie(content) is not null) throw Bomb();
        }
        catch (InvalidDataException) { throw NotAWorkbook(); }
    }

    private static DomainException NotAWorkbook() =>
        new("nominee-file-type", "Tệp không phải bảng tính Excel .xlsx; hãy dùng tệp mẫu tải từ trang hồ sơ và lưu dưới dạng .xlsx.");

    private static DomainException Bomb() =>
        new("nominee-file-bomb", "Tệp nén bất thường (giải nén ra quá lớn hoặc khai sai kích thước), không được nhập; hãy lưu lại bảng tính từ Excel.");

    private static string Label(string column) =>
        NomineeSheet.Columns.Any(c => c.Letter == column) ? NomineeSheet.LabelOf(column) : column;

    internal static int RowNumber(Row row, int index) => row.RowIndex?.Value is { } r ? (int)r : index + 1;

    internal static (string Column, int Row) Split(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        return (letters, int.TryParse(reference[letters.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static DataValidation List(string range, string values) => new(new Formula1(values))
    {
        Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        ErrorTitle = "Giá trị không hợp lệ", Error = "Chọn một giá trị trong danh sách.",
    };

    internal static Row Row(uint index, string[] values, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + i)}{index}", DataType = CellValues.InlineString, StyleIndex = style,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            });
        return row;
    }

    /// <summary>Style 0 plain, 1 the bold bordered wrapped header, 2 text format ("@") with borders for the data cells.</summary>
    internal static Stylesheet Styles()
    {
        var border = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), border),
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
                    { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                    { NumberFormatId = 49, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true }));
    }
}
