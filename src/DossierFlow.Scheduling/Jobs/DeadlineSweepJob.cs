using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>
/// The daily deadline sweep. It recomputes who is due from the database, so a missed firing is caught up by the
/// next one and a repeated firing queues nothing twice. The mails go out with the dispatcher's next firing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeadlineSweepJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("deadline-sweep", "deadlines");
    public static readonly TriggerKey Trigger = new("deadline-sweep-daily", "deadlines");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(JobRunRecorder.RunAsync(scopes, clock, Key.Name, "scheduler", async services =>
        {
            var day = VietnameseFormat.Today(clock);
            var result = await services.GetRequiredService<SweepDeadlines>().HandleAsync(day, cancellationToken);
            return $"ngày {VietnameseFormat.Date(day)}: {result.Reminders} thư nhắc hạn, {result.LateNotices} thư báo quá hạn, {result.Digests} thư tổng hợp";
        }, cancellationToken));
}
