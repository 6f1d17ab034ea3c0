using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

/// <summary>
/// Council members read only what their sessions put before them: the sessions they are invited to and the
/// dossiers on those agendas (not cancelled). Every other province-wide role reads every session.
/// </summary>
public static class SessionAccess
{
    public static bool SeesAllSessions(Actor actor) => actor.IsProvinceWide;

    public static bool MaySee(Actor actor, CouncilSession session) => SeesAllSessions(actor) || (actor.IsIn(Roles.CouncilMember) && session.Invites(actor.UserId));

    /// <summary>Whether a dossier is on the agenda of a session the council member is invited to.</summary>
    public static Task<bool> OnMyAgendaAsync(IAppDb db, Actor actor, Guid dossierId, CancellationToken ct) =>
        actor.IsIn(Roles.CouncilMember) ? MyAgendaDossiers(db, actor).ContainsAsync(dossierId, ct) : Task.FromResult(false);

    /// <summary>The ids of the dossiers on the agendas of the council member's sessions.</summary>
    public static IQueryable<Guid> MyAgendaDossiers(IAppDb db, Actor actor) =>
        db.CouncilSessions.Where(s => s.Status != SessionStatus.Cancelled && s.Attendees.Any(a => a.UserId == actor.UserId))
            .SelectMany(s => s.Items).Select(i => i.DossierId);

    /// <summary>The unit rule (own organisation, or a province-wide role), widened by the council member's agendas.</summary>
    public static async Task RequireDossierVisibleAsync(IAppDb db, Actor actor, Guid dossierId, Guid proposerId, CancellationToken ct)
    {
        if (actor.CanSee(proposerId) || await OnMyAgendaAsync(db, actor, dossierId, ct)) return;
        throw new ForbiddenException(actor.IsIn(Roles.CouncilMember)
            ? "Thành viên Hội đồng chỉ xem được hồ sơ trong chương trình các phiên họp mình được mời."
            : "Bạn không có quyền xem dữ liệu của đơn vị khác.");
    }
}
