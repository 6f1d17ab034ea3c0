using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Mail;

/// <summary>
/// The mail a unit (or Sở Nội vụ) receives when a dossier or report moves: submitted, received, returned, forwarded,
/// decided… It names the subject and links to its page; <c>extraLines</c> carry what the step adds (the awarded nominees).
/// </summary>
public static class WorkflowNotificationMail
{
    public static (string Subject, string Body) Render(string recipientName, SubjectDescription subject, JournalEntry entry,
        string fromTitle, string toTitle, string link, IReadOnlyList<string>? extraLines = null)
    {
        var named = subject.Name is { } name ? $"{subject.Kind} {name}" : subject.Kind;
        var extra = extraLines is { Count: > 0 } ? "\n" + string.Join("\n", extraLines) + "\n" : "";
        return ($"[DossierFlow] {named} của {subject.Owner.Name}: {entry.ActionTitle}",
         $"""
         Kính gửi {recipientName},

         {named} của {subject.Owner.Name} {subject.Purpose} trong phong trào "{subject.MovementTitle}" vừa được xử lý:

           Thao tác: {entry.ActionTitle}
           Từ bước: {fromTitle}
           Sang bước: {toTitle}
           Người thực hiện: {entry.UserName}
           Thời gian: {VietnameseFormat.DateTime(entry.At)}
         {(entry.Comment is { } reason ? $"  Lý do / ý kiến: {reason}\n" : "")}{extra}
         Xem hồ sơ: {link}

         Thư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.
         """);
    }
}
