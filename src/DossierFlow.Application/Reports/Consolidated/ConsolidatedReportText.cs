using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;

namespace DossierFlow.Application.Reports.Consolidated;

/// <summary>The consolidated report's words and tables, from the summary: what the form's fields hold.</summary>
public static class ConsolidatedReportText
{
    public static Dictionary<string, string> Values(MovementYearSummary s, int number, string issuerShortCode, DateOnly issuedOn)
    {
        var due = s.DueOn is { } d ? $" (hạn gửi ngày {VietnameseFormat.Date(d)})" : "";
        var reporting = $"Phong trào có {Count(s.Participants)} cơ quan, đơn vị tham gia. Đến ngày {VietnameseFormat.Date(issuedOn)}, "
            + $"{Count(s.Reported)} đơn vị đã gửi báo cáo kết quả thực hiện năm {s.Year}{due}, trong đó {Count(s.OnTime)} đơn vị gửi đúng hạn, "
            + $"{Count(s.Late)} đơn vị gửi muộn; {Count(s.Missing)} đơn vị chưa gửi báo cáo.";
        var late = s.Units.Where(u => u.Standing == ReportStanding.Late).ToList();
        var missing = s.Units.Where(u => u.Standing == ReportStanding.Missing).ToList();
        var indicatorUnits = s.Indicators.Sum(g => g.Units);
        return new Dictionary<string, string>
        {
            ["summary"] = $"Tổng hợp kết quả thực hiện Phong trào thi đua “{s.Title}” năm {s.Year}",
            ["recipient"] = "Chủ tịch Ủy ban nhân dân tỉnh",
            ["grounds"] = $"Căn cứ Kế hoạch số {s.PlanNumber} ngày {VietnameseFormat.Date(s.PlanDate)} của Ủy ban nhân dân tỉnh về tổ chức "
                + $"Phong trào thi đua “{s.Title}” giai đoạn {s.StartYear} - {s.EndYear};\n"
                + $"Căn cứ báo cáo kết quả thực hiện phong trào năm {s.Year} của các cơ quan, đơn vị.",
            ["reporting"] = reporting,
            ["late-units"] = late.Count == 0 ? "" : "Các đơn vị gửi báo cáo muộn:\n" + string.Join("\n", late.Select(u => $"- {u.Name}{Sent(u)}.")),
            ["missing-units"] = missing.Count == 0 ? "" : "Các đơn vị chưa gửi báo cáo:\n" + string.Join("\n", missing.Select(u => $"- {u.Name}.")),
            ["indicators-note"] = s.Indicators.Count == 0
                ? "Chưa có đơn vị nào nhập số liệu chỉ tiêu trong báo cáo năm nay."
                : $"Số liệu chỉ tiêu của {Count(indicatorUnits)} đơn vị có nhập số liệu trong báo cáo năm {s.Year}, tổng hợp theo loại đối tượng "
                  + "(số hộ là tổng cộng; tỷ lệ là bình quân giữa các đơn vị, kèm mức thấp nhất và cao nhất):",
            ["awards-note"] = s.Dossiers == 0
                ? $"Năm {s.Year} chưa có hồ sơ đề nghị khen thưởng cấp tỉnh, cấp Nhà nước nào gửi Sở Nội vụ."
                : $"Năm {s.Year}, Sở Nội vụ tiếp nhận {Count(s.Dossiers)} hồ sơ đề nghị khen thưởng cho {Kinds(s.Proposed)}; "
                  + $"đã được khen thưởng {Kinds(s.Awarded)}. Chi tiết theo hình thức khen thưởng:",
            ["proposals"] = missing.Count > 0
                ? $"Đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo {Count(missing.Count)} đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi Sở Nội vụ tổng hợp."
                : "Các đơn vị đã gửi đầy đủ báo cáo; Sở Nội vụ tiếp tục theo dõi, tổng hợp kết quả phong trào.",
            ["units-title"] = $"TÌNH HÌNH GỬI BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO NĂM {s.Year}",
            ["units-reference"] = $"(Kèm theo Báo cáo số {number.ToString("00", CultureInfo.InvariantCulture)}/BC-{issuerShortCode} "
                + $"ngày {VietnameseFormat.Date(issuedOn)} của Sở Nội vụ)",
            ["recipients"] = "Như trên\nThường trực Hội đồng Thi đua - Khen thưởng tỉnh\nBan Thi đua - Khen thưởng (Sở Nội vụ)",
            ["archive"] = "VT, TĐKT",
        };
    }

    public static Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables(MovementYearSummary s) => new()
    {
        ["indicators"] = s.Indicators.SelectMany(g => g.Values.Select(v => Row(
            ("subject", g.SubjectType), ("indicator", $"{v.Label} ({v.Unit})"), ("units", v.Units.ToString(CultureInfo.InvariantCulture)),
            ("total", Number(v.Total)), ("mean", Number(v.Mean)), ("range", v.Min is null ? "" : $"{Number(v.Min)} - {Number(v.Max)}")))).ToList(),
        ["awards"] = s.Awards.Select(a => Row(("award", FormContext.FullNames(a.AwardName)), ("dossiers", a.Dossiers.ToString(CultureInfo.InvariantCulture)),
            ("proposed", Triple(a.Proposed)), ("awarded", Triple(a.Awarded)))).ToList(),
        ["units"] = s.Units.Select(u => Row(("unit", u.Name), ("standing", StandingLabel(u.Standing)),
            ("submitted", u.SubmittedAt is { } at ? VietnameseFormat.Date(DateOnly.FromDateTime(VietnameseFormat.Local(at))) : ""),
            ("state", u.StateTitle ?? "Chưa lập báo cáo"))).ToList(),
    };

    public static string StandingLabel(ReportStanding standing) => standing switch
    {
        ReportStanding.OnTime => "Đúng hạn",
        ReportStanding.Late => "Gửi muộn",
        _ => "Chưa gửi",
    };

    /// <summary>A figure as Vietnamese write it: "1.234", "2,75".</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,##0.##", VietnameseFormat.Culture) : "";

    private static string Triple(NomineeCounts c) => $"{c.Collectives} / {c.Individuals} / {c.Households}";

    private static string Kinds(NomineeCounts c)
    {
        var parts = new List<string>();
        if (c.Collectives > 0) parts.Add($"{Count(c.Collectives)} tập thể");
        if (c.Individuals > 0) parts.Add($"{Count(c.Individuals)} cá nhân");
        if (c.Households > 0) parts.Add($"{Count(c.Households)} hộ gia đình");
        return parts.Count == 0 ? "0 tập thể, cá nhân" : string.Join(", ", parts);
    }

    private static string Sent(UnitReportLine u) =>
        u.SubmittedAt is { } at ? $" (gửi ngày {VietnameseFormat.Date(DateOnly.FromDateTime(VietnameseFormat.Local(at)))})" : "";

    private static string Count(int n) => n.ToString("00", VietnameseFormat.Culture);

    private static IReadOnlyDictionary<string, string> Row(params (string Key, string Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value);
}
