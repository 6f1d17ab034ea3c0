using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// The movement dashboard's figures for Sở Nội vụ, the Chairman and the auditor. Every number is a grouped count in
/// the database over the year's dossiers (index on the phase) or the movement's (index on the movement): a request
/// reads a few hundred grouped rows, never the dossiers themselves. The deadlines are the movement page's progress
/// (<see cref="DeadlineProgress"/>), the nominees the consolidated report's rule (<see cref="DashboardNominees"/>).
/// </summary>
public sealed class SummariseDashboard(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, DeadlineProgress progress,
    StepDurations durations, TimeProvider clock) : IUseCase
{
    /// <summary>A running clock due within this many working days is "near the limit".</summary>
    public const int NearLimitDays = 3;

    public async Task<DashboardFigures> HandleAsync(Actor actor, string? movement, string? year, CancellationToken ct = default)
    {
        var today = VietnameseFormat.Today(clock);
        var scope = await DashboardScope.ResolveAsync(db, actor, movement, year, today, ct);
        var (m, phases) = (scope.Movement, scope.Phases);
        var dossiers = db.Dossiers.AsNoTracking().Where(d => phases.Contains(d.PhaseId));

        var deadlines = (await progress.HandleAsync(m.Id, scope.Year, ct: ct))
            .Select(r => new DeadlineFigure(r.Deadline.Code, r.Deadline.Title, r.Due, r.Passed, r.OnTime, r.Late, r.Missing)).ToList();

        var stateTitles = workflows.All.SelectMany(w => w.States.Values).ToList();
        var states = (await dossiers.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(s => stateTitles.FindIndex(t => t.Name == s.Key))
            .Select(s => new StateCount(s.Key, stateTitles.FirstOrDefault(t => t.Name == s.Key)?.Title ?? s.Key, s.Count)).ToList();

        var awards = await (from g in dossiers.GroupBy(d => d.AwardTypeId).Select(g => new { g.Key, Count = g.Count() })
                            join a in db.AwardTypes on g.Key equals a.Id
                            orderby a.Level, a.Name
                            select new AwardCount(a.Id, a.Name, g.Count)).ToListAsync(ct);

        var nearBy = calendar.AddWorkingDays(today, NearLimitDays);
        // Three counts on the clock's due-date index (an owned column does not group with its dossier).
        var dueOn = dossiers.Select(d => d.Clock.DueOn);
        var sla = new SlaFigures(await dueOn.CountAsync(d => d != null, ct), await dueOn.CountAsync(d => d < today, ct),
            await dueOn.CountAsync(d => d >= today && d <= nearBy, ct), nearBy, NearLimitDays);

        var groups = await DashboardNominees.GroupsAsync(DashboardNominees.Of(db, m.Phases.Select(p => p.Id).ToList()), ct);
        var thisYear = groups.Where(g => phases.Contains(g.PhaseId)).ToList();
        var byAward = thisYear.GroupBy(g => (g.AwardTypeId, g.AwardName)).OrderBy(g => g.Key.AwardName, StringComparer.Create(VietnameseFormat.Culture, false))
            .Select(g => Stages(g.Key.AwardTypeId.ToString(), g.Key.AwardName, g)).ToList();
        var byKind = thisYear.GroupBy(g => g.UnitKind).OrderBy(g => g.Key)
            .Select(g => Stages(g.Key.ToString(), VietnameseLabels.OrganisationKinds[g.Key], g)).ToList();

        return new DashboardFigures(m.Id, m.Title, m.StartYear, m.EndYear, scope.Year, today, deadlines, states, awards,
            sla,
            await durations.HandleAsync(phases, ct), byAward, byKind, await YearsAsync(scope, groups, ct));
    }

    private static NomineeStages Stages(string key, string label, IEnumerable<NomineeGroup> groups) =>
        new(key, label, groups.Sum(g => g.Count), groups.Where(g => g.Passed).Sum(g => g.Count), groups.Where(g => g.Awarded).Sum(g => g.Count));

    /// <summary>Each year of the period: dossiers per phase and reports per year, grouped in the database; the nominees from the groups already read.</summary>
    private async Task<List<YearFigures>> YearsAsync(DashboardScope scope, List<NomineeGroup> nominees, CancellationToken ct)
    {
        var m = scope.Movement;
        var yearOf = m.Phases.ToDictionary(p => p.Id, p => p.Year);
        var perPhase = await db.Dossiers.AsNoTracking().Where(d => d.MovementId == m.Id).GroupBy(d => d.PhaseId)
            .Select(g => new { g.Key, Count = g.Count(), Submitted = g.Count(d => d.SubmittedAt != null) }).ToListAsync(ct);
        var participants = db.Movements.Where(x => x.Id == m.Id).SelectMany(x => x.Participants).Select(p => p.OrganisationId);
        var reports = await db.MovementReports.AsNoTracking()
            .Where(r => r.MovementId == m.Id && r.SubmittedAt != null && participants.Contains(r.OrganisationId))
            .GroupBy(r => r.Year).Select(g => new { g.Key, OnTime = g.Count(r => !r.SubmittedLate), Late = g.Count(r => r.SubmittedLate) }).ToListAsync(ct);
        var units = await participants.CountAsync(ct);
        return Enumerable.Range(m.StartYear, m.EndYear - m.StartYear + 1).Select(year =>
        {
            var phases = perPhase.Where(p => yearOf.GetValueOrDefault(p.Key) == year).ToList();
            var ofYear = nominees.Where(n => yearOf.GetValueOrDefault(n.PhaseId) == year).ToList();
            var report = reports.FirstOrDefault(r => r.Key == year);
            var reported = (report?.OnTime ?? 0) + (report?.Late ?? 0);
            return new YearFigures(year, phases.Sum(p => p.Count), phases.Sum(p => p.Submitted), ofYear.Sum(n => n.Count),
                ofYear.Where(n => n.Awarded).Sum(n => n.Count), report?.OnTime ?? 0, report?.Late ?? 0, Math.Max(0, units - reported));
        }).ToList();
    }
}
