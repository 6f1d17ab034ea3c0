using DossierFlow.Application.Jobs;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DossierFlow.Scheduling.Tests;

/// <summary>
/// What the sweeps page shows of a run, on a real SQLite database: its duration is the work's, and a run whose
/// process is shut down or killed is closed as interrupted instead of showing "Đang chạy" for ever.
/// </summary>
public class JobRunTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-jobruns-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await (await _database.MigratedContextAsync()).DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        SchedulerHosts.DeleteJobFiles(_database);
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup)) Directory.Delete(_pickup, true);
    }

    private async Task<JobRun> TheRunAsync()
    {
        await using var read = _database.NewContext();
        return Assert.Single(await read.JobRuns.ToListAsync());
    }

    [Fact]
    public async Task The_duration_is_the_time_the_work_took()
    {
        using var host = SchedulerHosts.Create(_database, _pickup);
        var clock = new TestClock(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        await JobRunRecorder.RunAsync(host.Services.GetRequiredService<IServiceScopeFactory>(), clock, RecurringJobs.DeadlineSweep, "scheduler", _ =>
        {
            clock.Now += TimeSpan.FromMinutes(3);   // the work takes three minutes
            return Task.FromResult("xong");
        }, CancellationToken.None);

        var run = await TheRunAsync();
        Assert.Equal((true, "xong"), (run.Succeeded, run.Summary));
        Assert.Equal(TimeSpan.FromMinutes(3), run.FinishedAt - run.StartedAt);
    }

    [Fact]
    public async Task A_run_cancelled_by_shutdown_is_recorded_as_interrupted()
    {
        using var host = SchedulerHosts.Create(_database, _pickup);
        using var shutdown = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JobRunRecorder.RunAsync(host.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, RecurringJobs.DeadlineSweep, "scheduler", async _ =>
            {
                await shutdown.CancelAsync();   // the server stops while the work runs
                shutdown.Token.ThrowIfCancellationRequested();
                return "không tới đây";
            }, shutdown.Token));

        var run = await TheRunAsync();
        Assert.NotNull(run.FinishedAt);
        Assert.Null(run.Succeeded);
        Assert.Equal("Bị gián đoạn: máy chủ dừng khi lần chạy chưa xong.", run.Error);
    }

    [Fact]
    public async Task At_start_runs_left_open_by_a_killed_process_are_closed_as_interrupted()
    {
        var now = DateTime.UtcNow;
        var orphan = new JobRun(RecurringJobs.DeadlineSweep, "scheduler", now.AddMinutes(-1));            // its server was killed
        var abandoned = new JobRun(RecurringJobs.DeadlineSweep, "operator (as of 01/12/2026)", now.AddDays(-1)); // a command killed yesterday
        var operatorRunning = new JobRun(RecurringJobs.DeadlineSweep, "operator (as of 02/12/2026)", now.AddMinutes(-1));
        await using (var db = _database.NewContext())
        {
            db.JobRuns.AddRange(orphan, abandoned, operatorRunning);
            await db.SaveChangesAsync();
        }

        using (var host = SchedulerHosts.Create(_database, _pickup))
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        await using var read = _database.NewContext();
        var runs = await read.JobRuns.ToDictionaryAsync(r => r.Id);
        Assert.Equal("Bị gián đoạn: tiến trình chạy đã dừng trước khi xong (máy chủ đã khởi động lại).", runs[orphan.Id].Error);
        Assert.Equal("Bị gián đoạn: chưa kết thúc sau 2 giờ, tiến trình chạy đã dừng.", runs[abandoned.Id].Error);
        Assert.All([runs[orphan.Id], runs[abandoned.Id]], r => Assert.True(r.FinishedAt is not null && r.Succeeded is null));
        // A command running now in another process is left alone: this server does not run commands.
        Assert.Null(runs[operatorRunning.Id].FinishedAt);
    }
}
