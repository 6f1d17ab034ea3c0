using DossierFlow.Application.Mail;
using DossierFlow.Scheduling.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling;

/// <summary>
/// Enqueues a dispatch when committed mail is waiting, so it leaves within seconds. Nothing when the scheduler is
/// off. A failed enqueue is logged and the request goes on: the mail is committed, and the retry pass sends it.
/// </summary>
internal sealed class HangfireOutboxSignal(IServiceProvider services, IOptions<SchedulingOptions> options, ILogger<HangfireOutboxSignal> log) : IOutboxSignal
{
    public void MailQueued()
    {
        if (!options.Value.Enabled) return;
        try
        {
            // Resolved here, not injected: the signal is built with the DbContext options, and a process that never
            // queues mail (e.g. the migrate command) should not open the job store.
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatchJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not enqueue the outbox dispatch; the queued mail leaves with the next retry pass.");
        }
    }
}
