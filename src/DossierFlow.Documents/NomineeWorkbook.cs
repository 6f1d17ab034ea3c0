using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents;

/// <summary>The nominee list as .xlsx: a title, a header row, one row per nominee grouped by kind, amounts as numbers.</summary>
internal static class NomineeWorkbook
{
    private static readonly Dictionary<string, string> Kinds = new() { ["individual"] = "Cá nhân", ["collective"] = "Tập thể", ["household"] = "Hộ gia đình" };

    public static byte[] Render(string title, IReadOnlyList<NomineeLine> nominees)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint row = 1;
            data.Append(Row(row++, title));
            data.Append(Row(row++, "STT", "Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị công tác / Địa chỉ", "Số tiền (đồng)"));
            var index = 0;
            foreach (var nominee in nominees.OrderBy(n => Array.IndexOf(Kinds.Keys.ToArray(), n.Kind)))
            {
                var cells = Row(row++, (++index).ToString(), Kinds.GetValueOrDefault(nominee.Kind, nominee.Kind), nominee.Name, nominee.Position ?? "", nominee.Workplace ?? "");
                if (nominee.Amount is { } amount)
                    cells.Append(new Cell { CellReference = $"F{row - 1}", DataType = CellValues.Number, CellValue = new CellValue(amount) });
                data.Append(cells);
            }
            sheetPart.Worksheet = new Worksheet(new Columns(
                new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 14, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 40, CustomWidth = true },
                new Column { Min = 4, Max = 5, Width = 32, CustomWidth = true },
                new Column { Min = 6, Max = 6, Width = 18, CustomWidth = true }), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Danh sách" }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, params string[] values)
    {
        var row = new Row { RowIndex = index };
        foreach (var (value, column) in values.Select((v, i) => (v, (char)('A' + i))))
            row.Append(new Cell { CellReference = $"{column}{index}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
        return row;
    }
}
