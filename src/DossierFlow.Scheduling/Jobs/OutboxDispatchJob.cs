using DossierFlow.Application.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>Sends the outbox's due mails. One firing at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "mail");
    public static readonly TriggerKey Trigger = new("outbox-dispatch-every", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A firing that finds nothing to send leaves no record: the dashboard would otherwise fill with empty runs.
        await using (var scope = scopes.CreateAsyncScope())
            if (!await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().AnyDueAsync(cancellationToken)) return;
        await JobRunRecorder.RunAsync(scopes, clock, Key.Name, "scheduler", async services =>
        {
            var total = await services.GetRequiredService<DispatchOutbox>().DispatchAllAsync(cancellationToken);
            return $"đã gửi {total.Sent}, chờ gửi lại {total.Retrying}, thất bại {total.Dead}";
        }, cancellationToken);
    }
}
