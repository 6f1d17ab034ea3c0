using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Dossiers;

namespace DossierFlow.Persistence.Tests.UseCases.Builders;

/// <summary>
/// A nominee spreadsheet as a clerk's Excel would save it: shared strings, the template's headers unless the test
/// gives others, one row per array; a test can add what a clerk might (a formula, merged cells).
/// </summary>
public static class TestSheet
{
    public static string[] Headers => NomineeSheet.Columns.Select(c => c.Header).ToArray();

    /// <summary>A row of the sheet: STT, name, kind, gender, birth date, identity, position, workplace, summary.</summary>
    public static string[] Person(int stt, string name, string birth = "", string identity = "", string gender = "Nữ", string position = "Chuyên viên",
        string kind = "Cá nhân") =>
        [stt.ToString(), name, kind, gender, birth, identity, position, "Sở Giáo dục và Đào tạo", "Hoàn thành xuất sắc nhiệm vụ năm 2025"];

    public static byte[] Build(IEnumerable<string[]> rows, string[]? headers = null, Action<Worksheet, SheetData>? tweak = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var index = new Dictionary<string, int>();
            int Shared(string s)
            {
                if (!index.TryGetValue(s, out var i)) { i = strings.Count; strings.Add(s); index[s] = i; }
                return i;
            }
            var data = new SheetData();
            uint line = 1;
            foreach (var values in new[] { headers ?? Headers }.Concat(rows))
            {
                var row = new Row { RowIndex = line };
                for (var c = 0; c < values.Length; c++)
                    if (values[c].Length > 0)
                        row.Append(new Cell { CellReference = $"{(char)('A' + c)}{line}", DataType = CellValues.SharedString, CellValue = new CellValue(Shared(values[c])) });
                data.Append(row);
                line++;
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            tweak?.Invoke(sheet.Worksheet, data);
            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Danh sách" }));
        }
        return stream.ToArray();
    }
}
