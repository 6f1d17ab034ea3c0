using DossierFlow.Domain.Batches;

namespace DossierFlow.Web.Pages.Batches;

/// <summary>The words the batch pages show for a batch's status and its journal's lines.</summary>
public static class BatchLabels
{
    public static string Status(BatchStatus status) => status switch
    {
        BatchStatus.Open => "Đang lập",
        BatchStatus.Forwarded => "Đã trình Hội đồng",
        BatchStatus.Scheduled => "Đã lên lịch họp Hội đồng",
        _ => status.ToString(),
    };

    public static string Change(BatchChangeKind kind) => kind switch
    {
        BatchChangeKind.Added => "Thêm hồ sơ",
        BatchChangeKind.Withdrawn => "Rút hồ sơ",
        BatchChangeKind.Forwarded => "Trình Hội đồng",
        BatchChangeKind.Scheduled => "Hội đồng lên lịch họp",
        BatchChangeKind.Unscheduled => "Phiên họp bị hủy, chờ phiên khác",
        _ => kind.ToString(),
    };
}
