using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

/// <summary>A council session for forwarded batches: the agenda is every dossier (so every nominee) of those batches.</summary>
public sealed record BatchSessionInput(string? Date, string? Time, int DurationMinutes, string? Place, Guid ChairId, Guid SecretaryId,
    IReadOnlyList<Guid> MemberIds, IReadOnlyList<Guid> BatchIds);

/// <summary>
/// The council secretary schedules a session for one or more batches Sở Nội vụ forwarded: the session is scheduled
/// as any other (<see cref="ScheduleSession"/>: invitations, the same checks), its agenda the batches' dossiers by
/// award and unit, and from then on the batches can no longer be amended.
/// </summary>
public sealed class ScheduleBatchSession(IAppDb db, ScheduleSession schedule, TimeProvider clock) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, BatchSessionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var ids = input.BatchIds.Distinct().ToList();
        if (ids.Count == 0) throw new DomainException("session-batches", "Hãy chọn ít nhất một đợt trình của Sở Nội vụ.");
        var batches = await db.SubmissionBatches.Where(b => ids.Contains(b.Id)).ToListAsync(ct);
        if (batches.Count != ids.Count) throw new NotFoundException("Không tìm thấy đợt trình.");
        foreach (var batch in batches) batch.ExpectSchedulable();
        var entries = batches.SelectMany(b => b.Entries).Select(e => e.DossierId).ToList();
        var agenda = await (from d in db.Dossiers.AsNoTracking().Where(d => entries.Contains(d.Id))
                            join a in db.AwardTypes on d.AwardTypeId equals a.Id
                            join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                            orderby a.Name, o.Name, d.Code
                            select d.Id).ToListAsync(ct);
        var sessionId = await schedule.HandleAsync(actor, new SessionInput(input.Date, input.Time, input.DurationMinutes, input.Place, input.ChairId,
            input.SecretaryId, input.MemberIds, agenda), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in ids.Select(id => batches.First(b => b.Id == id)))
            batch.ScheduledIn(sessionId, now, actor.DisplayName);
        return sessionId;
    }
}
