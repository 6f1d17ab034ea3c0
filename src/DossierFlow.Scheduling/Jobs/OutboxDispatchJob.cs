using System.ComponentModel;
using DossierFlow.Application.Mail;
using Hangfire;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>
/// Sends the outbox's due mails: enqueued when a transaction that queued mail commits, and every minute as the
/// retry pass. One dispatch at a time across the servers; a later one waits for it, then finds what is left.
/// A failed dispatch is not retried by Hangfire: the mails stay in the outbox and the next pass sends them.
/// The summary it returns is shown on the dashboard.
/// </summary>
public sealed class OutboxDispatchJob(DispatchOutbox dispatch, HangfireOutboxSignal signal)
{
    [DisplayName("Gửi thư trong hàng đợi")]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        signal.DispatchStarting();
        var total = await dispatch.DispatchAllAsync(cancellationToken);
        return $"đã gửi {total.Sent}, chờ gửi lại {total.Retrying}, thất bại {total.Dead}";
    }
}
