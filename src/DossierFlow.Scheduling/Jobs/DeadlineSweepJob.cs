using System.ComponentModel;
using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>
/// The daily deadline sweep. It recomputes who is due from the database, so a missed firing is caught up by the
/// next one and a repeated firing queues nothing twice. Its run is recorded (<see cref="JobRunRecorder"/>) with
/// how many mails it queued; the mails leave with the dispatch their commit enqueues.
/// </summary>
public sealed class DeadlineSweepJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Source = "scheduler";

    [DisplayName("Quét thời hạn, nhắc hạn, báo quá hạn")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task<string> RunAsync(CancellationToken cancellationToken) =>
        JobRunRecorder.RunAsync(scopes, clock, RecurringJobs.DeadlineSweep, Source, async services =>
        {
            var day = VietnameseFormat.Today(clock);
            var result = await services.GetRequiredService<IUnitOfWork>().RunAsync(
                () => services.GetRequiredService<SweepDeadlines>().HandleAsync(day, cancellationToken), cancellationToken);
            return DeadlineSweepSummary.Of(day, result);
        }, cancellationToken);
}

/// <summary>The recorded outcome of a sweep, the same from the scheduler and from the operator's command.</summary>
public static class DeadlineSweepSummary
{
    public static string Of(DateOnly day, SweepResult result) =>
        $"ngày {VietnameseFormat.Date(day)}: {result.Reminders} thư nhắc hạn, {result.LateNotices} thư báo quá hạn, {result.Digests} thư tổng hợp";
}
