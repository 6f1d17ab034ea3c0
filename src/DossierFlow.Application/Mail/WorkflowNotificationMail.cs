using DossierFlow.Application.Common;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Mail;

/// <summary>The mail a unit (or Sở Nội vụ) receives when a dossier or report moves: returned, refused, decided…</summary>
public static class WorkflowNotificationMail
{
    public static (string Subject, string Body) Render(string recipientName, string subjectKind, string proposerName, string purpose,
        string movementTitle, JournalEntry entry, string fromTitle, string toTitle, string link) =>
        ($"[DossierFlow] {subjectKind} của {proposerName}: {entry.ActionTitle}",
         $"""
         Kính gửi {recipientName},

         {subjectKind} của {proposerName} {purpose} trong phong trào "{movementTitle}" vừa được xử lý:

           Thao tác: {entry.ActionTitle}
           Từ bước: {fromTitle}
           Sang bước: {toTitle}
           Người thực hiện: {entry.UserName}
           Thời gian: {VietnameseFormat.DateTime(entry.At)}
         {(entry.Comment is { } reason ? $"  Lý do / ý kiến: {reason}\n" : "")}
         Xem hồ sơ: {link}

         Thư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.
         """);
}
