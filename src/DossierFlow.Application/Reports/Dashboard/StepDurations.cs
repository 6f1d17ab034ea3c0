using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// The median working days a step took, from the journal. A stay in a step is the time between the journal entry
/// that moved the dossier into it (or the dossier's creation) and the next entry that moved it out; stays not yet
/// ended are not counted. Working days need the holiday calendar, which SQL does not have, so the database groups the
/// ended stays by step and by the Việt Nam day they began and ended, and returns one row per group with its count:
/// the rows follow the days of the year on which dossiers moved, not the number of dossiers. Each group's working days
/// are counted here, which makes a histogram per step; the median is read from it by walking the counts in order.
/// </summary>
public sealed class StepDurations(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar)
{
    public async Task<IReadOnlyList<StepDuration>> HandleAsync(IReadOnlyList<Guid> phases, CancellationToken ct = default)
    {
        var stays =
            from d in db.Dossiers.AsNoTracking()
            where phases.Contains(d.PhaseId)
            from e in d.Journal
            where e.FromState != e.ToState
            // The previous entry that changed the state: revisions grow with every change of one dossier.
            let entered = d.Journal.Where(p => p.FromState != p.ToState && p.Revision < e.Revision).Max(p => (DateTime?)p.At) ?? d.CreatedAt
            select new { e.FromState, Entered = entered, Left = e.At };
        var groups = await stays
            .GroupBy(s => new { s.FromState, Entered = s.Entered.AddHours(VietnamOffsetHours).Date, Left = s.Left.AddHours(VietnamOffsetHours).Date })
            .Select(g => new { g.Key.FromState, g.Key.Entered, g.Key.Left, Count = g.Count() })
            .ToListAsync(ct);

        var states = workflows.All.SelectMany(w => w.States.Values).ToList();
        return groups.GroupBy(g => g.FromState)
            .Select(step =>
            {
                var histogram = step.GroupBy(g => calendar.WorkingDaysBetween(DateOnly.FromDateTime(g.Entered), DateOnly.FromDateTime(g.Left)))
                    .ToDictionary(h => h.Key, h => h.Sum(g => g.Count));
                var definition = states.FirstOrDefault(s => s.Name == step.Key);
                return new StepDuration(step.Key, definition?.Title ?? step.Key, histogram.Values.Sum(), Median(histogram),
                    states.Where(s => s.Name == step.Key).Select(s => s.SlaWorkingDays).FirstOrDefault(l => l is not null));
            })
            .OrderBy(s => states.FindIndex(d => d.Name == s.State) is var i && i >= 0 ? i : int.MaxValue)
            .ToList();
    }

    /// <summary>Việt Nam has kept UTC+7 without daylight saving since 1975: the day of an instant is its UTC time plus 7 hours.</summary>
    private const int VietnamOffsetHours = 7;

    /// <summary>The median of values given as value → count: the middle one, or the mean of the two middle ones.</summary>
    public static decimal? Median(IReadOnlyDictionary<int, int> histogram)
    {
        var total = histogram.Values.Sum();
        if (total == 0) return null;
        int? lower = null;
        var seen = 0;
        foreach (var (value, count) in histogram.OrderBy(h => h.Key))
        {
            seen += count;
            // 1-based positions of the middle: (total + 1) / 2 and total / 2 + 1 (the same one when total is odd).
            if (lower is null && seen >= (total + 1) / 2) lower = value;
            if (seen >= total / 2 + 1) return (lower!.Value + value) / 2m;
        }
        return lower;
    }
}
