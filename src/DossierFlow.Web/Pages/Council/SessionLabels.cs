using DossierFlow.Domain.Council;

namespace DossierFlow.Web.Pages.Council;

public static class SessionLabels
{
    public static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Scheduled => "Đã lên lịch",
        SessionStatus.Held => "Đã họp, đã biểu quyết",
        _ => "Đã hủy",
    };
}
