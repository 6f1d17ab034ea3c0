using DossierFlow.Application.Common;
using DossierFlow.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Scheduling;

/// <summary>
/// Records a job's run around its work: the record lives in its own scope (and database context), so a failed
/// run's half-done changes are never saved with it, and the failure is kept for the sweeps page. The run is saved
/// as running first, then its start and finish are taken around the work alone. A run cancelled by shutdown is
/// recorded as interrupted; runs left open by a process that died are closed when the next one starts
/// (<see cref="JobRuns.CloseAbandonedAsync"/>) and at the server's start (<see cref="JobServerHost"/>). Returns
/// the work's summary.
/// </summary>
public static class JobRunRecorder
{
    public static async Task<string> RunAsync(IServiceScopeFactory scopes, TimeProvider clock, string job, string source,
        Func<IServiceProvider, Task<string>> work, CancellationToken ct)
    {
        await using var recordScope = scopes.CreateAsyncScope();
        var db = recordScope.ServiceProvider.GetRequiredService<IAppDb>();
        await JobRuns.CloseAbandonedAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        var run = new JobRun(job, source, clock.GetUtcNow().UtcDateTime);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        try
        {
            await using var workScope = scopes.CreateAsyncScope();
            run.Start(clock.GetUtcNow().UtcDateTime);
            var summary = await work(workScope.ServiceProvider);
            run.Finish(clock.GetUtcNow().UtcDateTime, summary);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            run.Interrupt(clock.GetUtcNow().UtcDateTime, "Bị gián đoạn: máy chủ dừng khi lần chạy chưa xong.");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            run.Fail(clock.GetUtcNow().UtcDateTime, $"{e.GetType().Name}: {e.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        // The work is done and committed: a shutdown arriving now must not leave its record open.
        await db.SaveChangesAsync(CancellationToken.None);
        return run.Summary!;
    }
}
