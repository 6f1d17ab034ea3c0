using System.ComponentModel;
using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using Hangfire;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>
/// The hourly digest of submitted dossiers to Sở Nội vụ (Mail:SubmissionNotices = HourlyDigest; otherwise it queues
/// nothing). The window follows the last digest, so a missed firing is caught up by the next one.
/// </summary>
public sealed class SubmissionDigestJob(IUnitOfWork unitOfWork, SendSubmissionDigest digest)
{
    [DisplayName("Gửi thư tổng hợp hồ sơ mới trình Sở Nội vụ")]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var listed = await unitOfWork.RunAsync(() => digest.HandleAsync(cancellationToken), cancellationToken);
        return listed == 0 ? "không có hồ sơ mới (hoặc gửi từng thư)" : $"{listed} hồ sơ";
    }
}
