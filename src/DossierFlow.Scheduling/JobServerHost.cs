using DossierFlow.Application.Common;
using DossierFlow.Application.Jobs;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling;

/// <summary>
/// When the scheduler is enabled: registers the recurring jobs and runs a Hangfire server in this process. On
/// SQLite only the process holding the jobs file's lock runs one; another process on the same file only enqueues
/// (several nodes need PostgreSQL, where every node runs a server and each job runs once). Operator commands
/// never start the host, so they never run a server.
/// </summary>
internal sealed class JobServerHost(IServiceProvider services, IOptions<SchedulingOptions> options, JobStore store, ILogger<JobServerHost> log) : IHostedService
{
    private BackgroundJobServer? _server;
    private ServerLock? _lock;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        var storage = services.GetRequiredService<JobStorage>();
        RecurringJobs.Register(services.GetRequiredService<IRecurringJobManager>(), options.Value);
        if (store.ServerLockFile is { } lockFile && (_lock = ServerLock.TryTake(lockFile)) is null)
        {
            log.LogWarning("Another process runs the Hangfire server on {File}: this process only enqueues jobs. Several nodes need PostgreSQL.", store.SqliteFile);
            return;
        }
        await CloseInterruptedRunsAsync(cancellationToken);
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            Activator = services.GetRequiredService<JobActivator>(),
            FilterProvider = services.GetRequiredService<IJobFilterProvider>(),
            TimeZoneResolver = services.GetRequiredService<ITimeZoneResolver>(),
            // Few jobs: a handful of workers, each polling the queue every second.
            WorkerCount = 4,
            // How late a recurring firing or a retry may start; Hangfire's 15 s default.
            SchedulePollingInterval = TimeSpan.FromSeconds(5),
        }, storage);
    }

    /// <summary>
    /// Runs left open by a process that was killed. Holding the SQLite lock, this process is the only one that runs
    /// scheduled jobs, so every scheduled run still open is an orphan; with several nodes (PostgreSQL) another node
    /// may be running one, so only runs open for longer than any run takes are closed.
    /// </summary>
    private async Task CloseInterruptedRunsAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var orphans = _lock is not null && await JobRuns.CloseOrphansAsync(db, Jobs.DeadlineSweepJob.Source, now, ct);
        if (await JobRuns.CloseAbandonedAsync(db, now, ct) | orphans)
            log.LogWarning("Job runs left open by a stopped process were recorded as interrupted.");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
            _server.Dispose();
        }
        _lock?.Dispose();
    }
}
