using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council;

public sealed record RescheduleInput(int Revision, string? Date, string? Time, int DurationMinutes, string? Place);

public sealed record AttendanceInput(int Revision, IReadOnlyList<Guid> Attended, IReadOnlyList<Guid> WrittenOpinions);

/// <summary>
/// The council secretary changes a scheduled session: a new time or place (members get an updated invitation),
/// a cancellation (members get the cancellation; the dossiers return to the waiting list), or who attended.
/// </summary>
public sealed class ChangeSession(IAppDb db, IOptions<MailOptions> mail, TimeProvider clock)
{
    public async Task RescheduleAsync(Actor actor, Guid sessionId, RescheduleInput input, CancellationToken ct = default)
    {
        var session = await LoadAsync(actor, sessionId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        session.Reschedule(input.Revision, SessionTime.ToUtc(input.Date, input.Time), input.DurationMinutes, input.Place ?? "", now);
        await MailAsync(session, now, ct);
    }

    public async Task CancelAsync(Actor actor, Guid sessionId, int revision, CancellationToken ct = default)
    {
        var session = await LoadAsync(actor, sessionId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        session.Cancel(revision, now);
        // The batches on its agenda wait for another session (and may be amended again).
        foreach (var batch in await db.SubmissionBatches.Where(b => b.SessionId == sessionId).ToListAsync(ct))
            batch.SessionCancelled(now, actor.DisplayName);
        await MailAsync(session, now, ct);
    }

    public async Task RecordAttendanceAsync(Actor actor, Guid sessionId, AttendanceInput input, CancellationToken ct = default)
    {
        var session = await LoadAsync(actor, sessionId, ct);
        session.RecordAttendance(input.Revision, input.Attended.ToHashSet(), input.WrittenOpinions.ToHashSet(), clock.GetUtcNow().UtcDateTime);
    }

    private async Task<CouncilSession> LoadAsync(Actor actor, Guid sessionId, CancellationToken ct)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        return await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
    }

    private async Task MailAsync(CouncilSession session, DateTime now, CancellationToken ct)
    {
        var ids = session.Items.OrderBy(i => i.Order).Select(i => i.DossierId).ToList();
        SessionInvitations.Queue(db, session, await AgendaLines.ForAsync(db, ids, ct), mail.Value, now);
    }
}
