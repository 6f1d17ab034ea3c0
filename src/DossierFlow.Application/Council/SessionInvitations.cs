using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Council;

namespace DossierFlow.Application.Council;

/// <summary>
/// Queues, in the caller's transaction, one mail per invited member with the session's .ics attached: the
/// invitation, an update after rescheduling, or the cancellation. The key holds the calendar sequence, so each
/// version is queued once per member.
/// </summary>
internal static class SessionInvitations
{
    public const string Summary = "Họp Hội đồng Thi đua - Khen thưởng tỉnh";

    public static void Queue(IAppDb db, CouncilSession session, IReadOnlyList<AgendaLine> agenda, MailOptions mail, DateTime now)
    {
        var local = VietnameseFormat.Local(session.StartsAt);
        var when = $"{local:HH} giờ {local:mm}, ngày {VietnameseFormat.Date(DateOnly.FromDateTime(local))}";
        var (kind, opening) = session.Status == SessionStatus.Cancelled
            ? ("Hủy cuộc họp", $"Cuộc họp Hội đồng Thi đua - Khen thưởng tỉnh dự kiến lúc {when} tại {session.Place} đã được hủy.")
            : session.Sequence == 0
                ? ("Giấy mời họp", $"Trân trọng kính mời đồng chí dự họp Hội đồng Thi đua - Khen thưởng tỉnh xét đề nghị khen thưởng.")
                : ("Thay đổi lịch họp", $"Cuộc họp Hội đồng Thi đua - Khen thưởng tỉnh được chuyển sang thời gian, địa điểm mới dưới đây.");
        var items = string.Join("\n", agenda.Select((a, i) => $"  {i + 1}. {a.Describe()}"));
        var description = $"{opening}\nChủ trì: {session.Chair.FullName}.\nNội dung:\n{items}";
        var calendar = SessionCalendar.Build(session, Summary, description, session.Secretary.Email, now);
        foreach (var attendee in session.Attendees)
        {
            var body = $"""
                Kính gửi đồng chí {attendee.FullName} - {attendee.Position},

                {opening}

                  Thời gian: {when} (dự kiến {session.DurationMinutes} phút)
                  Địa điểm: {session.Place}
                  Chủ trì: {session.Chair.FullName} - {session.Chair.Position}
                  Thư ký: {session.Secretary.FullName}

                Nội dung: xét các hồ sơ đề nghị khen thưởng
                {items}

                Hồ sơ và tài liệu của phiên họp: {mail.PublicBaseUrl.TrimEnd('/')}/Council/Sessions/Details/{session.Id}
                Lịch họp được đính kèm (tệp .ics) để thêm vào lịch làm việc.

                Thư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.
                """;
            db.Outbox.Add(new OutboxMessage($"council-session:{session.Id:N}:{session.Sequence}:{attendee.MemberId:N}", [attendee.Email],
                    $"[DossierFlow] {kind} Hội đồng Thi đua - Khen thưởng tỉnh: {when}", body, now)
                .WithAttachment(session.Status == SessionStatus.Cancelled ? "huy-cuoc-hop.ics" : "giay-moi-hop.ics", SessionCalendar.ContentType(session), calendar));
        }
    }
}
