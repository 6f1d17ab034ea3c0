using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>
/// The daily deadline sweep. It recomputes who is due from the database, so a missed firing is caught up by the
/// next one and a repeated firing queues nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeadlineSweepJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("deadline-sweep", "deadlines");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SweepDeadlines>().HandleAsync(VietnameseFormat.Today(clock), cancellationToken);
        // The mails go out with the next dispatcher firing, within half a minute.
    }
}
