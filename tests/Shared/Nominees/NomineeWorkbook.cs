using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DossierFlow.Tests.Shared.Nominees;

/// <summary>
/// The nominee template DossierFlow hands out, filled as a clerk fills it: the data rows of its first sheet replaced
/// (headers, column formats, lists and the help sheet kept), and read back. And people to fill it with: Vietnamese
/// names, CCCDs and birth dates, the same on every run so that a failure can be repeated.
/// </summary>
public static class NomineeWorkbook
{
    /// <summary>The template's columns A to I: STT, name, kind, gender, birth date, CCCD, position, workplace, summary.</summary>
    public const int Columns = 9;
    public const int Position = 6;

    /// <summary>The data rows (row 2 on) of the first sheet, each as the nine columns' text.</summary>
    public static List<string[]> Rows(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var data = FirstSheet(document).Worksheet.GetFirstChild<SheetData>()!;
        return data.Elements<Row>().Where(r => r.RowIndex!.Value > 1).Select(row =>
        {
            var values = Enumerable.Repeat("", Columns).ToArray();
            foreach (var cell in row.Elements<Cell>())
                values[cell.CellReference!.Value![0] - 'A'] = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
            return values;
        }).ToList();
    }

    /// <summary>The template with its data rows replaced by <paramref name="rows"/>, written as text cells.</summary>
    public static byte[] Fill(byte[] template, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = FirstSheet(document).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var old in data.Elements<Row>().Where(r => r.RowIndex!.Value > 1).ToList()) old.Remove();
            uint line = 2;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = line };
                for (var c = 0; c < values.Length; c++)
                    if (values[c].Length > 0)
                        row.Append(new Cell
                        {
                            CellReference = $"{(char)('A' + c)}{line}", DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(values[c])),
                        });
                data.Append(row);
                line++;
            }
        }
        return stream.ToArray();
    }

    private static WorksheetPart FirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        return (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
    }

    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Lâm", "Trịnh", "Quách"];
    private static readonly string[] MenMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thành"];
    private static readonly string[] WomenMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Bích"];
    private static readonly string[] MenGiven =
        ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Phúc", "Quang", "Sơn", "Thắng", "Tuấn", "Việt", "Lộc", "Nghĩa", "Trí"];
    private static readonly string[] WomenGiven =
        ["Anh", "Chi", "Diễm", "Giang", "Hằng", "Hồng", "Hương", "Lan", "Linh", "Ngân", "Nhung", "Phượng", "Thảo", "Trang", "Yến", "Uyên", "Xuân"];
    private static readonly string[] Positions =
        ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Giáo viên", "Bác sĩ", "Kế toán", "Cán sự", "Điều dưỡng"];
    private static readonly string[] Workplaces =
        ["Phòng Bảo trợ xã hội - Giảm nghèo", "Phòng Tổ chức - Hành chính", "Trung tâm Y tế thị xã Vĩnh Châu", "Trường THPT Hoàng Diệu",
         "Văn phòng Sở", "Phòng Kế hoạch - Tài chính"];

    /// <summary>
    /// <paramref name="count"/> individuals, numbered from <paramref name="firstStt"/>: each with a 12-digit CCCD of its
    /// own (province code 094, the century-and-gender digit, the year of birth, a serial), a birth date and a gender.
    /// </summary>
    public static List<string[]> People(int count, int firstStt = 1)
    {
        var people = new List<string[]>(count);
        for (var i = 0; i < count; i++)
        {
            var woman = i % 2 == 1;
            var family = Families[i % Families.Length];
            var middle = (woman ? WomenMiddle : MenMiddle)[i / Families.Length % MenMiddle.Length];
            var given = (woman ? WomenGiven : MenGiven)[(i / 2 + i / 7) % MenGiven.Length];
            var born = new DateOnly(1962 + i % 38, 1 + i % 12, 1 + i * 7 % 28);
            var cccd = $"094{(woman ? 1 : 0)}{born.Year % 100:00}{100000 + i:000000}";
            people.Add([(firstStt + i).ToString(CultureInfo.InvariantCulture), $"{family} {middle} {given}", "Cá nhân", woman ? "Nữ" : "Nam",
                born.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture), cccd, Positions[i % Positions.Length],
                Workplaces[i % Workplaces.Length], $"Hoàn thành xuất sắc nhiệm vụ năm 2025; sáng kiến số {i + 1} được công nhận cấp cơ sở."]);
        }
        return people;
    }
}
