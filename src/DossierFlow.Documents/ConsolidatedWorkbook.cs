using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Reports.Consolidated;

namespace DossierFlow.Documents;

/// <summary>
/// The consolidated yearly report as a workbook: the figures on the first sheet, then every unit's report standing,
/// the proposals and awards per award type, and the indicators by subject type. Counts and values are number cells,
/// so the Chairman's office can sum and sort them; dates are written dd/MM/yyyy as text (<see cref="TableSheets"/>).
/// </summary>
internal sealed class ConsolidatedWorkbook : IConsolidatedWorkbook
{
    public byte[] Render(MovementYearSummary s)
    {
        var title = $"Tổng hợp kết quả thực hiện Phong trào thi đua “{s.Title}” năm {s.Year}";
        TableSheets.Sheet[] sheets =
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
            ], HeaderRow: 0),
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

        return TableSheets.Render(sheets);
    }
}
