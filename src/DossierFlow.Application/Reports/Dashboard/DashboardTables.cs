using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>A value of a dashboard table: a count (a link to the list behind it), a median, or a text.</summary>
public sealed record DashboardValue(object? Value, string? Link = null);

/// <summary>One row: its label (the bar's name in the chart) and its values, one per column after the first.</summary>
public sealed record DashboardRow(string Label, IReadOnlyList<DashboardValue> Values);

/// <param name="Key">The table's name in links (<c>table=states</c>) and in the .xlsx file's name.</param>
/// <param name="Columns">Every column's heading, the label column first.</param>
/// <param name="Charted">Which values (0-based, after the label) the chart draws as bars; the others are only in the table.</param>
public sealed record DashboardTable(string Key, string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<DashboardRow> Rows,
    IReadOnlyList<int> Charted);

/// <summary>
/// The dashboard's tables, made from its figures, each with the links to the lists behind its counts (the dossier
/// list with its filters, the units of a deadline, the nominees of a stage). The page draws its charts from them and
/// the .xlsx of a table is written from the same rows.
/// </summary>
public static class DashboardTables
{
    public static IReadOnlyList<DashboardTable> From(DashboardFigures f)
    {
        var scope = $"movement={f.MovementId}&year={f.Year}";
        string Dossiers(string filter) => $"/Dossiers?{scope}{filter}";
        string Units(string deadline, DeadlineStanding standing) => $"/Reports/Dashboard/Units?{scope}&deadline={Uri.EscapeDataString(deadline)}&standing={standing}";
        string Nominees(string filter, NomineeStage stage) => $"/Reports/Dashboard/Nominees?{scope}{filter}&stage={stage}";
        DashboardValue Count(int n, string link) => new(n, link);

        return
        [
            new("deadlines", "Đơn vị gửi đúng hạn, muộn, chưa gửi theo từng thời hạn",
                $"Số đơn vị tham gia phong trào đã gửi đúng hạn, gửi muộn và chưa gửi, theo từng thời hạn của năm {f.Year}.",
                ["Thời hạn", "Hạn", "Đúng hạn", "Muộn", "Chưa gửi"],
                f.Deadlines.Select(d => new DashboardRow(d.Title, [
                    new(VietnameseFormat.Date(d.Due)),
                    Count(d.OnTime, Units(d.Code, DeadlineStanding.OnTime)),
                    Count(d.Late, Units(d.Code, DeadlineStanding.Late)),
                    Count(d.Missing, Units(d.Code, DeadlineStanding.Missing))])).ToList(),
                [1, 2, 3]),
            new("states", "Hồ sơ theo bước xử lý", $"Số hồ sơ đề nghị khen thưởng năm {f.Year} đang ở từng bước của quy trình.",
                ["Bước xử lý", "Số hồ sơ"],
                f.States.Select(s => new DashboardRow(s.Title, [Count(s.Dossiers, Dossiers($"&state={Uri.EscapeDataString(s.State)}"))])).ToList(), [0]),
            new("awards", "Hồ sơ theo hình thức khen thưởng", $"Số hồ sơ đề nghị khen thưởng năm {f.Year} theo hình thức khen thưởng.",
                ["Hình thức khen thưởng", "Số hồ sơ"],
                f.Awards.Select(a => new DashboardRow(a.AwardName, [Count(a.Dossiers, Dossiers($"&award={a.AwardTypeId}"))])).ToList(), [0]),
            new("sla", "Thời hạn xử lý hồ sơ",
                $"Hồ sơ đang tính thời hạn xử lý, đã quá hạn và sắp đến hạn (còn không quá {f.Sla.NearLimitDays} ngày làm việc, đến {VietnameseFormat.Date(f.Sla.NearLimitBy)}), tính đến ngày {VietnameseFormat.Date(f.Today)}.",
                ["Tình trạng", "Số hồ sơ"],
                [
                    new("Đang tính thời hạn xử lý", [Count(f.Sla.Running, Dossiers("&running=true"))]),
                    new("Quá hạn xử lý", [Count(f.Sla.Overdue, Dossiers("&overdue=true"))]),
                    new($"Sắp đến hạn (≤ {f.Sla.NearLimitDays} ngày làm việc)", [Count(f.Sla.NearLimit, Dossiers($"&dueBy={f.Sla.NearLimitBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"))]),
                ], [0]),
            new("steps", "Số ngày làm việc ở từng bước (trung vị)",
                $"Trung vị số ngày làm việc hồ sơ năm {f.Year} đã nằm ở mỗi bước, tính theo nhật ký xử lý, không kể ngày nghỉ, ngày lễ; chỉ tính các lượt đã chuyển sang bước khác.",
                ["Bước xử lý", "Trung vị (ngày làm việc)", "Số lượt đã xong", "Thời hạn quy định (ngày làm việc)"],
                f.Steps.Select(s => new DashboardRow(s.Title, [new(s.MedianWorkingDays), new(s.Completed),
                    new(s.LimitWorkingDays is { } limit ? limit : "")])).ToList(), [0]),
            NomineeTable("nominees-award", "Đối tượng đề nghị, được Hội đồng thông qua, được khen thưởng theo hình thức", "Hình thức khen thưởng",
                f.NomineesByAward, key => $"&award={key}", Nominees, f.Year),
            NomineeTable("nominees-unit", "Đối tượng đề nghị, được Hội đồng thông qua, được khen thưởng theo loại đơn vị", "Loại đơn vị",
                f.NomineesByUnitKind, key => $"&unitKind={key}", Nominees, f.Year),
            new("years", "So sánh các năm của phong trào", $"Hồ sơ, đối tượng và báo cáo của từng năm trong giai đoạn {f.StartYear}–{f.EndYear}.",
                ["Năm", "Hồ sơ", "Hồ sơ đã trình", "Đối tượng đề nghị", "Được khen thưởng", "Báo cáo đúng hạn", "Báo cáo muộn", "Chưa gửi báo cáo"],
                f.Years.Select(y => new DashboardRow(y.Year.ToString(CultureInfo.InvariantCulture), [
                    Count(y.Dossiers, $"/Dossiers?movement={f.MovementId}&year={y.Year}"), new(y.Submitted),
                    Count(y.Proposed, $"/Reports/Dashboard/Nominees?movement={f.MovementId}&year={y.Year}&stage={NomineeStage.Proposed}"),
                    Count(y.Awarded, $"/Reports/Dashboard/Nominees?movement={f.MovementId}&year={y.Year}&stage={NomineeStage.Awarded}"),
                    new(y.ReportsOnTime), new(y.ReportsLate), new(y.ReportsMissing)])).ToList(),
                [2, 3]),
        ];
    }

    private static DashboardTable NomineeTable(string key, string title, string first, IReadOnlyList<NomineeStages> rows, Func<string, string> filter,
        Func<string, NomineeStage, string> link, int year) =>
        new(key, title, $"Số tập thể, cá nhân, hộ gia đình trong hồ sơ năm {year} đã trình Sở Nội vụ (khen thưởng cấp tỉnh, cấp Nhà nước; không tính Giấy khen của đơn vị).",
            [first, "Đề nghị", "Hội đồng thông qua", "Được khen thưởng"],
            rows.Select(r => new DashboardRow(r.Label, [
                new DashboardValue(r.Proposed, link(filter(r.Key), NomineeStage.Proposed)),
                new DashboardValue(r.Passed, link(filter(r.Key), NomineeStage.Passed)),
                new DashboardValue(r.Awarded, link(filter(r.Key), NomineeStage.Awarded))])).ToList(),
            [0, 1, 2]);
}
