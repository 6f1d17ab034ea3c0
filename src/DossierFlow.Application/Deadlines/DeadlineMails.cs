using DossierFlow.Application.Common;

namespace DossierFlow.Application.Deadlines;

/// <summary>The Vietnamese texts of the deadline mails: a reminder before, a notice after, Sở Nội vụ's daily digest.</summary>
public static class DeadlineMails
{
    public static (string Subject, string Body) Reminder(string organisation, string movement, string deadline, DateOnly due, int daysBefore, string missing, string link) =>
        ($"[DossierFlow] Nhắc hạn: {deadline} trước ngày {VietnameseFormat.Date(due)} (còn {daysBefore} ngày)",
         $"""
         Kính gửi {organisation},

         Theo Kế hoạch thực hiện Phong trào thi đua "{movement}", thời hạn "{deadline}" là ngày {VietnameseFormat.Date(due)}, còn {daysBefore} ngày.
         Đơn vị hiện còn thiếu: {missing}.

         Đề nghị đơn vị hoàn thành và gửi đúng hạn tại: {link}

         Thư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.
         """);

    public static (string Subject, string Body) Late(string organisation, string movement, string deadline, DateOnly due, int daysLate, string missing, string policy, string link) =>
        ($"[DossierFlow] Quá hạn {daysLate} ngày: {deadline} (hạn {VietnameseFormat.Date(due)})",
         $"""
         Kính gửi {organisation},

         Thời hạn "{deadline}" của Phong trào thi đua "{movement}" là ngày {VietnameseFormat.Date(due)}; đến nay đã quá {daysLate} ngày.
         Đơn vị còn thiếu: {missing}.
         {policy}

         Đề nghị đơn vị khẩn trương hoàn thành tại: {link}

         Thư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.
         """);

    public static (string Subject, string Body) Digest(DateOnly day, IReadOnlyList<(string Organisation, string Movement, string Deadline, DateOnly Due)> late, string link) =>
        ($"[DossierFlow] Tổng hợp ngày {VietnameseFormat.Date(day)}: {late.Count} trường hợp quá hạn",
         $"""
         Kính gửi Sở Nội vụ,

         Đến ngày {VietnameseFormat.Date(day)}, các đơn vị sau chưa hoàn thành đúng hạn:

         {string.Join("\n", late.Select((l, i) => $"{i + 1}. {l.Organisation} — {l.Deadline} (hạn {VietnameseFormat.Date(l.Due)}) — phong trào \"{l.Movement}\""))}

         Xem chi tiết: {link}

         Thư này được gửi tự động từ hệ thống DossierFlow.
         """);
}
