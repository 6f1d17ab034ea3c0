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
/// <remarks>
/// Signals are coalesced: while a dispatch this process enqueued has not started, later mail rides with it (the
/// dispatch reads every due mail when it starts). Without this, a season's hundreds of actions a second each put a
/// job in the store, and the job server spent more than the actions did. A dispatch that another node picks up
/// never reports its start here, so a pending one older than <see cref="StaleAfter"/> no longer holds signals back.
/// </remarks>
public sealed class HangfireOutboxSignal(IServiceProvider services, IOptions<SchedulingOptions> options, ILogger<HangfireOutboxSignal> log) : IOutboxSignal
{
    private static readonly long StaleAfter = (long)TimeSpan.FromSeconds(5).TotalMilliseconds;

    // Environment.TickCount64 of the enqueue whose dispatch has not started yet; 0 when there is none.
    private long _pendingSince;

    public void MailQueued()
    {
        if (!options.Value.Enabled) return;
        var now = Math.Max(1, Environment.TickCount64);
        var pending = Interlocked.Read(ref _pendingSince);
        if (pending != 0 && now - pending < StaleAfter) return;
        if (Interlocked.CompareExchange(ref _pendingSince, now, pending) != pending) return; // another thread just enqueued
        try
        {
            // Resolved here, not injected: the signal is built with the DbContext options, and a process that never
            // queues mail (e.g. the migrate command) should not open the job store.
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatchJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            Interlocked.Exchange(ref _pendingSince, 0);
            log.LogWarning(e, "Could not enqueue the outbox dispatch; the queued mail leaves with the next retry pass.");
        }
    }

    /// <summary>Called by a dispatch as it starts, before it reads the outbox: mail committed from now on needs another one.</summary>
    public void DispatchStarting() => Interlocked.Exchange(ref _pendingSince, 0);
}
