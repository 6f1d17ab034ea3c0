using DossierFlow.Application.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DossierFlow.Scheduling.Jobs;

/// <summary>Sends the outbox's due mails. One firing at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dispatch = scope.ServiceProvider.GetRequiredService<DispatchOutbox>();
        DispatchResult batch;
        do batch = await dispatch.HandleAsync(ct: cancellationToken);
        while (batch.Sent + batch.Dead + batch.Retrying > 0 && !cancellationToken.IsCancellationRequested);
    }
}
