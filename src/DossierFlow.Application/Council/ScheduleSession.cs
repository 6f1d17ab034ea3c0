using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council;

/// <param name="Date">dd/MM/yyyy, local.</param>
/// <param name="Time">HH:mm, local (Asia/Ho_Chi_Minh).</param>
public sealed record SessionInput(string? Date, string? Time, int DurationMinutes, string? Place, Guid ChairId, Guid SecretaryId,
    IReadOnlyList<Guid> MemberIds, IReadOnlyList<Guid> DossierIds);

/// <summary>
/// The council secretary schedules a session of the provincial council: time, place, chair, secretary and the
/// members invited from the membership list, with an agenda of dossiers waiting for the council. Every member is
/// mailed an invitation with the .ics attached, in the same transaction.
/// </summary>
public sealed class ScheduleSession(IAppDb db, WorkflowCatalog workflows, IOptions<MailOptions> mail, TimeProvider clock) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, SessionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var startsAt = SessionTime.ToUtc(input.Date, input.Time);
        var active = await db.CouncilMembers.Where(m => m.Active).ToListAsync(ct);
        var invited = active.Where(m => input.MemberIds.Contains(m.Id)).ToList();
        if (invited.Count != input.MemberIds.Distinct().Count())
            throw new DomainException("session-member-unknown", "Có thành viên không thuộc danh sách Hội đồng đang hoạt động.");
        var chair = active.FirstOrDefault(m => m.Id == input.ChairId) ?? throw new DomainException("session-chair", "Hãy chọn người chủ trì trong danh sách Hội đồng.");
        var secretary = active.FirstOrDefault(m => m.Id == input.SecretaryId) ?? throw new DomainException("session-secretary", "Hãy chọn thư ký trong danh sách Hội đồng.");
        var waiting = await AgendaLines.WaitingAsync(db, workflows, input.DossierIds, ct);
        if (input.DossierIds.FirstOrDefault(id => waiting.All(w => w.DossierId != id)) is var bad && bad != Guid.Empty)
            throw new DomainException("session-dossier-not-waiting", "Có hồ sơ không ở bước chờ Hội đồng xét hoặc đã có trong chương trình một phiên họp khác.");

        var now = clock.GetUtcNow().UtcDateTime;
        var session = CouncilSession.Schedule(startsAt, input.DurationMinutes, input.Place ?? "", chair, secretary, invited, active.Count,
            input.DossierIds, now, actor.DisplayName);
        db.CouncilSessions.Add(session);
        SessionInvitations.Queue(db, session, input.DossierIds.Select(id => waiting.First(w => w.DossierId == id)).ToList(), mail.Value, now);
        return session.Id;
    }
}

internal static class SessionTime
{
    public static DateTime ToUtc(string? date, string? time)
    {
        if (!VietnameseFormat.TryParseDate(date, out var day))
            throw new DomainException("session-date", "Ngày họp phải có dạng dd/MM/yyyy.");
        if (!TimeOnly.TryParseExact(time?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var hour))
            throw new DomainException("session-time", "Giờ họp phải có dạng HH:mm (ví dụ 14:00).");
        return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(hour), VietnameseFormat.TimeZone);
    }
}
