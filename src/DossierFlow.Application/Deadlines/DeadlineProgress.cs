using DossierFlow.Application.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Deadlines;

public sealed record DeadlineOrganisation(Guid Id, string Name, string Code, DateTime? SubmittedAt, bool Late, int RemindersSent);

public sealed record DeadlineProgressRow(MovementDeadline Deadline, DateOnly Due, IReadOnlyList<DeadlineOrganisation> Submitted,
    IReadOnlyList<DeadlineOrganisation> Missing, bool Passed);

/// <summary>
/// For a movement and a year, each deadline with the organisations that have submitted (on time or late) and
/// those still missing (late once the date has passed), and how many reminders each has been sent.
/// </summary>
public sealed class DeadlineProgress(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<DeadlineProgressRow>> HandleAsync(Guid movementId, int year, CancellationToken ct = default)
    {
        var movement = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Participants).Include(m => m.Phases)
            .FirstOrDefaultAsync(m => m.Id == movementId, ct) ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
        var participants = movement.Participants.Select(p => p.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => participants.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Name, o.Code), ct);
        var today = VietnameseFormat.Today(clock);
        var phases = movement.Phases.Where(p => p.Year == year).Select(p => p.Id).ToList();
        var rows = new List<DeadlineProgressRow>();
        foreach (var deadline in movement.Deadlines.OrderBy(d => d.Month).ThenBy(d => d.Day))
        {
            if (deadline.DueIn(year) is not { } due) continue;
            var submissions = deadline.Code == SweepDeadlines.UnitReport
                ? await db.MovementReports.AsNoTracking().Where(r => r.MovementId == movement.Id && r.Year == year && r.SubmittedAt != null)
                    .Select(r => new { Organisation = r.OrganisationId, At = r.SubmittedAt, r.SubmittedLate }).ToListAsync(ct)
                : await db.Dossiers.AsNoTracking().Where(d => d.MovementId == movement.Id && phases.Contains(d.PhaseId) && d.SubmittedAt != null)
                    .Select(d => new { Organisation = d.ProposingOrganisationId, At = d.SubmittedAt, d.SubmittedLate }).ToListAsync(ct);
            // The mails of this deadline and year only, from the (series, key) index; counted per organisation in one pass.
            var series = DeadlineKeys.Series(movement.Id, deadline.Code, year);
            var sent = DeadlineKeys.CountByOrganisation(series,
                await db.Outbox.AsNoTracking().Where(m => m.Series == series).Select(m => m.IdempotencyKey).ToListAsync(ct));
            int Sent(Guid id) => names.TryGetValue(id, out var o) ? sent.GetValueOrDefault(o.Code) : 0;
            var submitted = submissions.GroupBy(s => s.Organisation).Where(g => names.ContainsKey(g.Key))
                .Select(g => new DeadlineOrganisation(g.Key, names[g.Key].Name, names[g.Key].Code, g.Min(s => s.At), g.All(s => s.SubmittedLate), Sent(g.Key)))
                .OrderBy(o => o.Name).ToList();
            // A dossier deadline concerns units with a dossier of the year still unsubmitted; the report concerns all.
            var owing = deadline.Code == SweepDeadlines.UnitReport ? participants
                : await db.Dossiers.AsNoTracking().Where(d => d.MovementId == movement.Id && phases.Contains(d.PhaseId) && d.SubmittedAt == null)
                    .Select(d => d.ProposingOrganisationId).Distinct().ToListAsync(ct);
            var missing = owing.Except(submitted.Select(s => s.Id)).Where(names.ContainsKey)
                .Select(id => new DeadlineOrganisation(id, names[id].Name, names[id].Code, null, today > due, Sent(id))).OrderBy(o => o.Name).ToList();
            rows.Add(new DeadlineProgressRow(deadline, due, submitted, missing, today > due));
        }
        return rows;
    }
}
