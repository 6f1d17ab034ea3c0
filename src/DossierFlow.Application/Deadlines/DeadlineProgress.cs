using DossierFlow.Application.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Deadlines;

/// <summary>Where an organisation stands against one deadline of a year.</summary>
public enum DeadlineStanding { OnTime = 1, Late = 2, Missing = 3 }

public sealed record DeadlineOrganisation(Guid Id, string Name, string Code, DateTime? SubmittedAt, DeadlineStanding Standing, int RemindersSent);

/// <param name="Shown">One page of the organisations of the standing asked for (by name).</param>
/// <param name="ShownTotal">How many organisations have that standing, for the pager.</param>
public sealed record DeadlineProgressRow(MovementDeadline Deadline, DateOnly Due, bool Passed, int OnTime, int Late, int Missing,
    DeadlineStanding ShownStanding, IReadOnlyList<DeadlineOrganisation> Shown, int ShownTotal, int Page, int PageSize);

/// <summary>
/// For a movement and a year, each deadline with how many organisations submitted on time, late, or not yet (late
/// once the date has passed), and one page of the organisations of a chosen standing with the reminders each was
/// sent. The cost follows the organisations and deadlines involved, never the dossiers or mails of other years:
/// submissions are grouped per organisation in the database (index on phase and organisation), and the mails are
/// read by their series, one deadline and year.
/// </summary>
public sealed class DeadlineProgress(IAppDb db, TimeProvider clock) : IUseCase
{
    public const int PageSize = 50;

    private sealed record Submission(Guid Organisation, DateTime? At, bool Late);

    /// <param name="standing">Which organisations to list, for every deadline; by default the missing ones, who need the reviewer.</param>
    public async Task<IReadOnlyList<DeadlineProgressRow>> HandleAsync(Guid movementId, int year, DeadlineStanding standing = DeadlineStanding.Missing,
        int page = 1, CancellationToken ct = default)
    {
        var movement = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Phases)
            .FirstOrDefaultAsync(m => m.Id == movementId, ct) ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
        // The participants with their names in one join, not the movement's list and then an IN of a thousand ids.
        var names = await db.Movements.AsNoTracking().Where(m => m.Id == movementId).SelectMany(m => m.Participants)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { o.Id, o.Name, o.Code })
            .ToDictionaryAsync(o => o.Id, o => (o.Name, o.Code), ct);
        var participants = names.Keys.ToList();
        var today = VietnameseFormat.Today(clock);
        var phases = movement.Phases.Where(p => p.Year == year).Select(p => p.Id).ToList();
        page = Math.Max(1, page);
        var rows = new List<DeadlineProgressRow>();
        foreach (var deadline in movement.Deadlines.OrderBy(d => d.Month).ThenBy(d => d.Day))
        {
            if (deadline.DueIn(year) is not { } due) continue;
            var isReport = deadline.Code == SweepDeadlines.UnitReport;
            // One row per organisation: its first submission, late only when all of its submissions were.
            var submissions = isReport
                ? await db.MovementReports.AsNoTracking().Where(r => r.MovementId == movement.Id && r.Year == year && r.SubmittedAt != null)
                    .Select(r => new Submission(r.OrganisationId, r.SubmittedAt, r.SubmittedLate)).ToListAsync(ct)
                : await db.Dossiers.AsNoTracking().Where(d => phases.Contains(d.PhaseId) && d.SubmittedAt != null)
                    .GroupBy(d => d.ProposingOrganisationId)
                    .Select(g => new Submission(g.Key, g.Min(d => d.SubmittedAt), g.Count(d => !d.SubmittedLate) == 0)).ToListAsync(ct);
            var submitted = submissions.Where(s => names.ContainsKey(s.Organisation)).ToDictionary(s => s.Organisation);
            // A dossier deadline concerns units with a dossier of the year still unsubmitted; the report concerns all.
            var owing = isReport ? participants
                : await db.Dossiers.AsNoTracking().Where(d => phases.Contains(d.PhaseId) && d.SubmittedAt == null)
                    .Select(d => d.ProposingOrganisationId).Distinct().ToListAsync(ct);
            var missing = owing.Where(id => names.ContainsKey(id) && !submitted.ContainsKey(id)).Distinct().ToList();
            var late = submitted.Values.Count(s => s.Late);

            var chosen = standing switch
            {
                DeadlineStanding.OnTime => submitted.Values.Where(s => !s.Late).Select(s => s.Organisation),
                DeadlineStanding.Late => submitted.Values.Where(s => s.Late).Select(s => s.Organisation),
                _ => missing,
            };
            var ordered = chosen.OrderBy(id => names[id].Name, StringComparer.Create(VietnameseFormat.Culture, false)).ToList();
            var shownIds = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var sent = await RemindersAsync(deadline, DeadlineKeys.Series(movement.Id, deadline.Code, year), shownIds.Select(id => names[id].Code).ToList(), ct);
            var shown = shownIds.Select(id => new DeadlineOrganisation(id, names[id].Name, names[id].Code,
                submitted.GetValueOrDefault(id)?.At, standing, sent.GetValueOrDefault(names[id].Code))).ToList();
            rows.Add(new DeadlineProgressRow(deadline, due, today > due, submitted.Count - late, late, missing.Count,
                standing, shown, ordered.Count, page, PageSize));
        }
        return rows;
    }

    /// <summary>
    /// The mails of one deadline and year to the organisations shown, looked up by their exact keys in the unique key
    /// index: every step the sweep can send (the deadline's reminder days as they are now, and the late notices of
    /// its 30 days). A page of 50 units asks for under a thousand keys, whatever the size of the season's mail.
    /// </summary>
    private async Task<Dictionary<string, int>> RemindersAsync(MovementDeadline deadline, string series, IReadOnlyList<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0) return [];
        var steps = deadline.ReminderDays.Select(d => $"before-{d}")
            .Concat(Enumerable.Range(0, (SweepDeadlines.LateForDays - 1) / SweepDeadlines.LateEveryDays + 1).Select(s => $"late-{s}")).ToList();
        var keys = codes.SelectMany(code => steps.Select(step => DeadlineKeys.Key(series, code, step))).ToList();
        var sent = await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(ct);
        return DeadlineKeys.CountByOrganisation(series, sent);
    }
}
