using DossierFlow.Application.Common;
using DossierFlow.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Scheduling;

/// <summary>
/// Records a job's run around its work: the record lives in its own scope (and database context), so a failed
/// run's half-done changes are never saved with it, and the failure is kept for the sweeps page. Returns the
/// work's summary.
/// </summary>
public static class JobRunRecorder
{
    public static async Task<string> RunAsync(IServiceScopeFactory scopes, TimeProvider clock, string job, string source,
        Func<IServiceProvider, Task<string>> work, CancellationToken ct)
    {
        await using var recordScope = scopes.CreateAsyncScope();
        var db = recordScope.ServiceProvider.GetRequiredService<IAppDb>();
        var run = new JobRun(job, source, clock.GetUtcNow().UtcDateTime);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        try
        {
            await using var workScope = scopes.CreateAsyncScope();
            run.Finish(clock.GetUtcNow().UtcDateTime, await work(workScope.ServiceProvider));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.Fail(clock.GetUtcNow().UtcDateTime, $"{e.GetType().Name}: {e.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        await db.SaveChangesAsync(ct);
        return run.Summary!;
    }
}
