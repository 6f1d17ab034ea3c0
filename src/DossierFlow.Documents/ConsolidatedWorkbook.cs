using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Reports.Consolidated;

namespace DossierFlow.Documents;

/// <summary>
/// The consolidated yearly report as a workbook: the figures on the first sheet, then every unit's report standing,
/// the proposals and awards per award type, and the indicators by subject type. Counts and values are number cells,
/// so the Chairman's office can sum and sort them; dates are written dd/MM/yyyy as text.
/// </summary>
internal sealed class ConsolidatedWorkbook : IConsolidatedWorkbook
{
    private const uint Header = NomineeSheetFile.HeaderStyle, Text = NomineeSheetFile.TextStyle, Plain = 0;

    private sealed record Sheet(string Name, double[] Widths, IReadOnlyList<object?[]> Rows, bool FirstRowIsHeader = true);

    public byte[] Render(MovementYearSummary s)
    {
        var title = $"Tổng hợp kết quả thực hiện Phong trào thi đua “{s.Title}” năm {s.Year}";
        Sheet[] sheets =
        [
            new("Tổng hợp", [52, 16], [
                [title, null],
                ["Kế hoạch", $"{s.PlanNumber} ngày {VietnameseFormat.Date(s.PlanDate)}"],
                ["Hạn gửi báo cáo", s.DueOn is { } due ? VietnameseFormat.Date(due) : "chưa quy định"],
                ["Số đơn vị tham gia", s.Participants],
                ["Đã gửi báo cáo đúng hạn", s.OnTime],
                ["Gửi báo cáo muộn", s.Late],
                ["Chưa gửi báo cáo", s.Missing],
                ["Hồ sơ đề nghị khen thưởng (cấp tỉnh, cấp Nhà nước)", s.Dossiers],
                ["Tập thể, cá nhân, hộ gia đình được đề nghị", s.Proposed.Total],
                ["Tập thể, cá nhân, hộ gia đình được khen thưởng", s.Awarded.Total],
                ["Số báo cáo tổng hợp", s.Issued is { } i ? $"{i.Number:00}/BC ngày {VietnameseFormat.Date(i.IssuedOn)}" : "chưa lập"],
            ], FirstRowIsHeader: false),
            new("Đơn vị", [8, 50, 16, 20, 36], [
                ["STT", "Cơ quan, đơn vị", "Mã đơn vị", "Tình hình gửi báo cáo", "Bước xử lý"],
                .. s.Units.Select((u, n) => new object?[] { n + 1, u.Name, u.Code, ConsolidatedReportText.StandingLabel(u.Standing)
                    + (u.SubmittedAt is { } at ? $" ({VietnameseFormat.Date(DateOnly.FromDateTime(VietnameseFormat.Local(at)))})" : ""),
                    u.StateTitle ?? "Chưa lập báo cáo" }),
            ]),
            new("Khen thưởng", [44, 10, 12, 12, 12, 12, 12, 12], [
                ["Hình thức khen thưởng", "Số hồ sơ", "Đề nghị: tập thể", "Đề nghị: cá nhân", "Đề nghị: hộ gia đình",
                    "Khen thưởng: tập thể", "Khen thưởng: cá nhân", "Khen thưởng: hộ gia đình"],
                .. s.Awards.Select(a => new object?[] { FormContext.FullNames(a.AwardName), a.Dossiers, a.Proposed.Collectives, a.Proposed.Individuals,
                    a.Proposed.Households, a.Awarded.Collectives, a.Awarded.Individuals, a.Awarded.Households }),
            ]),
            new("Chỉ tiêu", [30, 40, 10, 12, 12, 12, 12, 12], [
                ["Loại đối tượng", "Chỉ tiêu", "Đơn vị tính", "Số đơn vị", "Tổng", "Bình quân", "Thấp nhất", "Cao nhất"],
                .. s.Indicators.SelectMany(g => g.Values.Select(v => new object?[] { g.SubjectType, v.Label, v.Unit, v.Units, v.Total, v.Mean, v.Min, v.Max })),
            ]),
        ];

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
                    var style = r == 1 && sheet.FirstRowIsHeader ? Header : sheet.FirstRowIsHeader ? Text : Plain;
                    data.Append(Row(r++, values, style));
                }
                part.Worksheet = new Worksheet(
                    new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                    data);
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, object?[] values, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var reference = $"{(char)('A' + i)}{index}";
            row.Append(value switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
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
