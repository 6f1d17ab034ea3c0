using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Reports.Dashboard;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 18 item 1: the movement dashboard. Four dossiers of 2025 moved on known days (one decided the day it was
/// made, three submitted and received days apart, one left in drafting), then the clock moves past one appraisal's
/// limit. Every number must be what the list behind it counts, the step medians what the days give, on both
/// providers; a bad filter is refused in Vietnamese.
/// </summary>
public class MovementDashboardTests
{
    private static readonly DateTime Thursday = new(2025, 11, 20, 2, 0, 0, DateTimeKind.Utc); // 09:00 in Việt Nam

    private static async Task<(Guid A, Guid B, Guid C, Guid Decided)> SeasonAsync(Province province)
    {
        var host = province.Host;
        DateTime Day(int days) => Thursday.AddDays(days);
        // Decided the day it was made: every one of its stays lasts 0 working days; one of its two nominees left out.
        var decided = await province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AtChairmanAsync();
        var first = (await DossierBuilder.NomineesAsync(host, decided))[0];
        var revision = await DossierBuilder.RevisionAsync(host, decided);
        await host.RunAsync<DecideAward, ChairmanDecisionResult>(d => d.HandleAsync(province.Chairman, decided,
            new ChairmanDecisionInput(revision, Guid.NewGuid(), [first], "Chưa đủ tiêu chuẩn")));
        host.Clock.Now = Thursday; // the council's session moved the clock to its start
        var a = await province.Dossier().WithNominees("Lê Văn Cường", "Phạm Thị Dung").DraftAsync();
        var b = await province.Dossier().From(province.Union).WithNominees("Kim Thị Sa Phia").DraftAsync();
        var c = await province.Dossier().WithNominees("Thạch Sô Phết").DraftAsync();
        await province.Dossier().WithNominees("Chưa Gửi").DraftAsync();
        async Task On(int days, Guid dossier, Actor actor, string action)
        {
            host.Clock.Now = Day(days);
            await DossierBuilder.ActAsync(host, dossier, actor, action);
        }
        // Drafting: A 2 working days (Fri, Mon), B 3, C 4. Submitted: A 2 (Tue, Wed), B 4, C 1.
        await On(4, a, province.Leader(province.School), "submit");   // Mon 24/11
        await On(5, b, province.Leader(province.Union), "submit");    // Tue 25/11
        await On(6, a, province.Desk, "receive");                      // Wed 26/11
        await On(6, c, province.Leader(province.School), "submit");   // Wed 26/11
        await On(7, c, province.Desk, "receive");                      // Thu 27/11
        await On(11, b, province.Desk, "receive");                     // Mon 01/12
        return (a, b, c, decided);
    }

    private static Task<DashboardFigures> FiguresAsync(Province province, Actor? actor = null, string? year = "2025") =>
        province.Host.RunAsync<SummariseDashboard, DashboardFigures>(s => s.HandleAsync(actor ?? province.Reviewer, province.MovementId.ToString(), year));

    private static async Task<int> DossiersAsync(Province province, DossierFilter filter) =>
        (await province.Host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(province.Reviewer,
            filter with { Movement = province.MovementId, Year = 2025 }))).TotalCount;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_number_is_what_the_list_behind_it_counts_and_the_step_medians_follow_the_journal(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var (a, _, c, _) = await SeasonAsync(province);
        // The day after A's appraisal limit: A is overdue, C (received a working day later) is due within the next days.
        var dueA = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == a).Select(d => d.Clock.DueOn).SingleAsync());
        host.Clock.Now = dueA!.Value.AddDays(1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

        var f = await FiguresAsync(province, Province.As(province.Committee, Roles.Auditor));

        Assert.Equal(2025, f.Year);
        // Dossiers by state and by award, each equal to the dossier list filtered by it.
        Assert.Equal([("drafting", 1), ("appraising", 3), ("awarded", 1)], f.States.Select(s => (s.State, s.Dossiers)));
        foreach (var s in f.States) Assert.Equal(s.Dossiers, await DossiersAsync(province, new DossierFilter(State: s.State)));
        var award = Assert.Single(f.Awards);
        Assert.Equal(("Bằng khen của Chủ tịch UBND tỉnh", 5), (award.AwardName, award.Dossiers));
        Assert.Equal(5, await DossiersAsync(province, new DossierFilter(Award: award.AwardTypeId)));

        // SLA: three running clocks (the appraisals), A overdue, C near its limit; the lists agree.
        Assert.Equal((3, 1), (f.Sla.Running, f.Sla.Overdue));
        Assert.InRange(f.Sla.NearLimit, 1, 2);
        Assert.Equal(f.Sla.Running, await DossiersAsync(province, new DossierFilter(Running: true)));
        Assert.Equal(f.Sla.Overdue, await DossiersAsync(province, new DossierFilter(Overdue: true)));
        Assert.Equal(f.Sla.NearLimit, await DossiersAsync(province, new DossierFilter(DueBy: f.Sla.NearLimitBy)));
        var near = await host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(province.Reviewer,
            new DossierFilter(Movement: province.MovementId, DueBy: f.Sla.NearLimitBy)));
        Assert.Contains(c, near.Items.Select(r => r.Id));

        // Medians: drafting 0, 2, 3, 4 → 2.5; submitted 0, 1, 2, 4 → 1.5; appraising only the decided one's 0.
        var steps = f.Steps.ToDictionary(s => s.State);
        Assert.Equal((4, 2.5m), (steps["drafting"].Completed, steps["drafting"].MedianWorkingDays));
        Assert.Equal((4, 1.5m), (steps["submitted"].Completed, steps["submitted"].MedianWorkingDays));
        Assert.Equal((1, 0m, 25), (steps["appraising"].Completed, steps["appraising"].MedianWorkingDays, steps["appraising"].LimitWorkingDays!.Value));

        // Nominees: proposed 2 + 2 + 1 + 1 (the draft's is not proposed), passed by the council 2, awarded 1; the lists agree.
        var byAward = Assert.Single(f.NomineesByAward);
        Assert.Equal((6, 2, 1), (byAward.Proposed, byAward.Passed, byAward.Awarded));
        Assert.Equal([("Department", 5, 2, 1), ("MassOrganisation", 1, 0, 0)], f.NomineesByUnitKind.Select(k => (k.Key, k.Proposed, k.Passed, k.Awarded)));
        foreach (var (row, filter) in f.NomineesByAward.Select(r => (r, new DashboardNomineeQuery(province.MovementId.ToString(), "2025", Award: r.Key)))
                     .Concat(f.NomineesByUnitKind.Select(r => (r, new DashboardNomineeQuery(province.MovementId.ToString(), "2025", UnitKind: r.Key)))))
            foreach (var (stage, count) in new[] { (NomineeStage.Proposed, row.Proposed), (NomineeStage.Passed, row.Passed), (NomineeStage.Awarded, row.Awarded) })
                Assert.Equal(count, (await host.RunAsync<ListDashboardNominees, (DashboardScope, Page<DashboardNomineeRow>)>(l =>
                    l.HandleAsync(province.Reviewer, filter with { Stage = stage }))).Item2.TotalCount);

        // The deadline: both units submitted on time; the units list says the same.
        var deadline = Assert.Single(f.Deadlines);
        Assert.Equal((2, 0, 0), (deadline.OnTime, deadline.Late, deadline.Missing));
        foreach (var (standing, count) in new[] { (DeadlineStanding.OnTime, 2), (DeadlineStanding.Late, 0), (DeadlineStanding.Missing, 0) })
            Assert.Equal(count, (await host.RunAsync<ListDeadlineUnits, (DashboardScope, DeadlineProgressRow)>(l =>
                l.HandleAsync(province.Reviewer, province.MovementId.ToString(), "2025", deadline.Code, standing, 1))).Item2.ShownTotal);

        // The year of the period: five dossiers, four submitted, six proposed, one awarded; no yearly report yet.
        var year = Assert.Single(f.Years);
        Assert.Equal((2025, 5, 4, 6, 1, 2), (year.Year, year.Dossiers, year.Submitted, year.Proposed, year.Awarded, year.ReportsMissing));
        foreach (var (stage, count) in new[] { (NomineeStage.Proposed, year.Proposed), (NomineeStage.Awarded, year.Awarded) })
            Assert.Equal(count, (await host.RunAsync<ListDashboardNominees, (DashboardScope, Page<DashboardNomineeRow>)>(l =>
                l.HandleAsync(province.Reviewer, new DashboardNomineeQuery(province.MovementId.ToString(), "2025", Stage: stage)))).Item2.TotalCount);
    }

    [Fact]
    public async Task Each_table_downloads_as_a_workbook_with_a_frozen_heading_and_numbers_as_numbers()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        await SeasonAsync(province);
        var f = await FiguresAsync(province);
        foreach (var table in DashboardTables.From(f))
        {
            var file = await host.RunAsync<ExportDashboardTable, ExportFile>(e => e.HandleAsync(province.Chairman, province.MovementId.ToString(), "2025", table.Key));
            Assert.Equal($"bang-theo-doi-{table.Key}-2025.xlsx", file.FileName);
            using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(("A5", 4d), (pane.TopLeftCell!.Value, pane.VerticalSplit!.Value));
            var rows = sheet.Descendants<Row>().ToList();
            Assert.Equal(table.Title, Text(rows[0].Elements<Cell>().First()));
            Assert.Equal(table.Columns, rows[3].Elements<Cell>().Select(Text));
            Assert.Equal(table.Rows.Count, rows.Count - 4);
            foreach (var (row, cells) in table.Rows.Zip(rows.Skip(4).Select(r => r.Elements<Cell>().ToList())))
            {
                Assert.Equal(row.Label, Text(cells[0]));
                foreach (var (value, cell) in row.Values.Zip(cells.Skip(1)))
                    if (value.Value is int n) Assert.Equal((CellValues.Number, n.ToString(System.Globalization.CultureInfo.InvariantCulture)), (cell.DataType!.Value, cell.CellValue!.Text));
            }
        }
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Fact]
    public async Task A_bad_filter_is_refused_in_Vietnamese_and_only_the_dashboards_readers_see_it()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        async Task<string> RefusedAsync(string? movement, string? year) =>
            (await Assert.ThrowsAsync<DomainException>(() => host.RunAsync<SummariseDashboard, DashboardFigures>(s =>
                s.HandleAsync(province.Reviewer, movement, year)))).Message;

        Assert.Equal("Không tìm thấy phong trào thi đua đã chọn. Vui lòng chọn một phong trào trong danh sách.", await RefusedAsync(Guid.NewGuid().ToString(), "2025"));
        Assert.Equal("Không tìm thấy phong trào thi đua đã chọn. Vui lòng chọn một phong trào trong danh sách.", await RefusedAsync("abc", "2025"));
        Assert.Equal("Năm 99999 không thuộc phong trào \"Phong trào thi đua thử nghiệm\" (phong trào năm 2025).", await RefusedAsync(province.MovementId.ToString(), "99999"));
        Assert.StartsWith("Năm \"hai nghìn\" không hợp lệ", await RefusedAsync(province.MovementId.ToString(), "hai nghìn"));
        Assert.StartsWith("Năm \"-1\" không hợp lệ", await RefusedAsync(province.MovementId.ToString(), "-1"));
        await Assert.ThrowsAsync<DomainException>(() => host.RunAsync<ListDashboardNominees, (DashboardScope, Page<DashboardNomineeRow>)>(l =>
            l.HandleAsync(province.Reviewer, new DashboardNomineeQuery(province.MovementId.ToString(), "2025", UnitKind: "Nope"))));
        await Assert.ThrowsAsync<DomainException>(() => host.RunAsync<ListDeadlineUnits, (DashboardScope, DeadlineProgressRow)>(l =>
            l.HandleAsync(province.Reviewer, province.MovementId.ToString(), "2025", "no-such-deadline", DeadlineStanding.Late, 1)));
        foreach (var outsider in new[] { province.Clerk(province.School), province.Member, province.Secretary })
            await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<SummariseDashboard, DashboardFigures>(s =>
                s.HandleAsync(outsider, province.MovementId.ToString(), "2025")));
    }
}
