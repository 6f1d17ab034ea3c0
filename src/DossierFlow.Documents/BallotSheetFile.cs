using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;

namespace DossierFlow.Documents;

/// <summary>
/// The ballot-counting spreadsheet: the nominees of a session with their key, the draft's counts, the count columns
/// formatted as numbers; the reader takes cells as typed and leaves judging them to the import (text in a count
/// cell is named there, by row and column), and refuses what it cannot read faithfully, as the nominee sheet does.
/// </summary>
internal sealed class BallotSheetFile : IBallotSheetFile
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public byte[] Template(string title, IReadOnlyList<AgendaNominee> lines, IReadOnlyDictionary<Guid, SessionVote> drafts)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = NomineeSheetFile.Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(NomineeSheetFile.Row(1, BallotSheet.Columns.Select(c => c.Header).ToArray(), NomineeSheetFile.HeaderStyle));
            uint row = 2;
            foreach (var line in lines)
            {
                var vote = drafts.GetValueOrDefault(line.NomineeId);
                var cells = NomineeSheetFile.Row(row, [line.Number.ToString(Invariant), line.NomineeId.ToString("N"), line.Name, line.UnitName, line.AwardName],
                    NomineeSheetFile.TextStyle);
                if (vote is not null)
                    foreach (var (letter, value) in new[] { ("F", vote.For), ("G", vote.Against), ("H", vote.Abstain), ("I", vote.WrittenFor) })
                        cells.Append(new Cell { CellReference = $"{letter}{row}", DataType = CellValues.Number, CellValue = new CellValue(value) });
                data.Append(cells);
                row++;
            }
            part.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { WorkbookViewId = 0 }),
                new Columns(BallotSheet.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Kiểm phiếu" });

            var help = workbook.AddNewPart<WorksheetPart>();
            help.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 110, CustomWidth = true }), new SheetData(
                new[]
                {
                    title,
                    "Mỗi dòng của trang \"Kiểm phiếu\" là một tập thể, cá nhân trong chương trình họp; không thêm, không xóa dòng, không sửa cột B.",
                    "Ghi số phiếu đồng ý, không đồng ý, không biểu quyết (số nguyên, không âm); tổng ba cột không vượt quá số thành viên có mặt.",
                    "Cột I chỉ ghi khi có thành viên vắng mặt gửi ý kiến bằng văn bản.",
                    "Tệp có lỗi sẽ không được nhập dòng nào; mọi lỗi được liệt kê theo dòng và cột.",
                }.Select((text, i) => NomineeSheetFile.Row((uint)i + 1, [text], i == 0 ? NomineeSheetFile.HeaderStyle : 0))));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(help), SheetId = 2, Name = "Hướng dẫn" });
        }
        return stream.ToArray();
    }

    public IReadOnlyList<BallotSheetRow> Read(string fileName, byte[] content)
    {
        NomineeSheetFile.CheckPackage(fileName, content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw NotAWorkbook();
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NotAWorkbook();
            if (first.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) throw NotAWorkbook();
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            return ReadSheet(part.Worksheet, strings);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw NotAWorkbook();
        }
    }

    private static List<BallotSheetRow> ReadSheet(Worksheet sheet, List<string> strings)
    {
        var problems = new List<ImportProblem>();
        var rows = new List<BallotSheetRow>();
        var header = true;
        var index = 0;
        foreach (var row in sheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var line = NomineeSheetFile.RowNumber(row, index++);
            var cells = new Dictionary<string, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? NomineeSheetFile.Split(r).Column : ((char)('A' + position)).ToString();
                position++;
                if (cell.CellFormula is not null)
                    problems.Add(new ImportProblem(line, Label(column), "Ô chứa công thức; hãy thay bằng giá trị (Sao chép, Dán giá trị) rồi nhập lại."));
                else if (Text(cell, strings) is { Length: > 0 } text) cells[column] = text;
            }
            if (header)
            {
                header = false;
                foreach (var column in BallotSheet.Columns.Where(c => SearchText.Fold(cells.GetValueOrDefault(c.Letter) ?? "") != SearchText.Fold(c.Header)))
                    problems.Add(new ImportProblem(line, Label(column.Letter), $"Tiêu đề cột phải là \"{column.Header}\"; hãy dùng bảng kiểm phiếu tải từ trang biểu quyết."));
                continue;
            }
            if (cells.Count == 0 || cells.Keys.All(c => c == "A")) continue;
            foreach (var extra in cells.Keys.Where(c => BallotSheet.Columns.All(k => k.Letter != c)))
                problems.Add(new ImportProblem(line, extra, $"Cột {extra} không thuộc mẫu (mẫu có các cột A đến {BallotSheet.Columns[^1].Letter})."));
            if (rows.Count == BallotSheet.MaxRows)
            {
                problems.Add(new ImportProblem(line, Label("A"), $"Tệp có quá {BallotSheet.MaxRows} dòng."));
                break;
            }
            rows.Add(new BallotSheetRow(line, cells));
        }
        if (header) problems.Add(new ImportProblem(1, Label("A"), "Tệp trống: không có dòng tiêu đề của mẫu."));
        if (problems.Count > 0) throw new ImportFailedException(problems.OrderBy(p => p.Line).ToList(), "kết quả");
        return rows;
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
        else if ((type is null || type == CellValues.Number) && raw is not null && double.TryParse(raw, NumberStyles.Float, Invariant, out var number))
            text = number.ToString("0.##########", Invariant);
        else
            text = raw;
        return text?.Normalize(NormalizationForm.FormC).Trim();
    }

    private static DomainException NotAWorkbook() =>
        new("ballot-file-type", "Tệp không phải bảng tính Excel .xlsx; hãy dùng bảng kiểm phiếu tải từ trang biểu quyết và lưu dưới dạng .xlsx.");

    private static string Label(string column) => BallotSheet.Columns.Any(c => c.Letter == column) ? BallotSheet.LabelOf(column) : column;
}
