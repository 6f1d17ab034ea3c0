using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Tests;

/// <summary>Hangfire on its real stores: a SQLite file beside the application's, and PostgreSQL's schema "hangfire".</summary>
public class SchedulerStoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_recurring_jobs_are_registered_once_in_vietnam_time_and_a_committed_mail_leaves_within_seconds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-hangfire-{Guid.NewGuid():N}");
        await (await database.MigratedContextAsync()).DisposeAsync();
        try
        {
            // Started twice on the same store: the second start updates the recurring jobs instead of adding more.
            foreach (var run in new[] { 1, 2 })
            {
                using var host = SchedulerHosts.Create(database, pickup, new Dictionary<string, string?> { ["Scheduling:OutboxRetryCron"] = "* * * * *" });
                await host.StartAsync();
                using (var connection = SchedulerHosts.Storage(host).GetConnection())
                {
                    var jobs = connection.GetRecurringJobs().OrderBy(j => j.Id).ToList();
                    Assert.Equal([(RecurringJobs.DeadlineSweep, "0 7 * * *"), (RecurringJobs.OutboxRetry, "* * * * *"), (RecurringJobs.SubmissionDigest, "0 * * * *")],
                        jobs.Select(j => (j.Id, j.Cron)));
                    Assert.All(jobs, j => Assert.Equal("Asia/Ho_Chi_Minh", j.TimeZoneId));
                    var sweep = jobs[0];
                    Assert.Equal(0, sweep.NextExecution!.Value.Minute);
                    Assert.Equal(0, sweep.NextExecution.Value.Hour); // 07:00 in Việt Nam is 00:00 UTC
                }
                if (run == 2)
                {
                    await SchedulerHosts.QueueMailAsync(host, "test:hangfire");
                    await SchedulerHosts.WaitForMailsAsync(pickup, 1);
                }
                await host.StopAsync();
            }

            Assert.Single(Directory.GetFiles(pickup, "*.eml"));
            await using var read = database.NewContext();
            Assert.Equal(OutboxStatus.Sent, (await read.Outbox.SingleAsync()).Status);
            if (provider == DatabaseProvider.PostgreSql)
                Assert.Equal(1, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM information_schema.schemata WHERE schema_name = 'hangfire'").SingleAsync());
            else
                Assert.True(File.Exists(Path.ChangeExtension(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.Options.ConnectionString).DataSource, null) + "-jobs.db"));
        }
        finally
        {
            SchedulerHosts.DeleteJobFiles(database);
            if (Directory.Exists(pickup)) Directory.Delete(pickup, true);
        }
    }

    [Fact]
    public async Task After_three_days_of_downtime_the_missed_daily_sweep_runs_once_when_the_server_is_back()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-downtime-{Guid.NewGuid():N}");
        await (await database.MigratedContextAsync()).DisposeAsync();
        try
        {
            using (var before = SchedulerHosts.Create(database, pickup))
            {
                await before.StartAsync();
                await before.StopAsync();
            }
            // What the store holds after the server last ran the sweep three days ago at 07:00 and was down since
            // (written as Hangfire writes it: the recurring job's hash, and its score in the schedule, the time of
            // the next firing): the next firing, two days ago, and the ones after it were missed.
            var vietnam = Application.Common.VietnameseFormat.TimeZone;
            var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, vietnam).Date;
            DateTime At7(int daysAgo) => TimeZoneInfo.ConvertTimeToUtc(today.AddDays(-daysAgo).AddHours(7), vietnam);
            using (var host = SchedulerHosts.Create(database, pickup))
            {
                using (var connection = SchedulerHosts.Storage(host).GetConnection())
                using (var transaction = connection.CreateWriteTransaction())
                {
                    transaction.SetRangeInHash($"recurring-job:{RecurringJobs.DeadlineSweep}", new Dictionary<string, string>
                    {
                        ["LastExecution"] = Hangfire.Common.JobHelper.SerializeDateTime(At7(3)),
                        ["NextExecution"] = Hangfire.Common.JobHelper.SerializeDateTime(At7(2)),
                    });
                    transaction.AddToSet("recurring-jobs", RecurringJobs.DeadlineSweep, Hangfire.Common.JobHelper.ToTimestamp(At7(2)));
                    transaction.Commit();
                }

                await host.StartAsync();
                // Done when the sweep has run and the recurring job's next firing is in the future: from then on
                // nothing more can fire before that time, so the count below is final.
                var monitoring = SchedulerHosts.Storage(host).GetMonitoringApi();
                await SchedulerHosts.WaitUntilAsync(() =>
                {
                    using var connection = SchedulerHosts.Storage(host).GetConnection();
                    var sweep = connection.GetRecurringJobs([RecurringJobs.DeadlineSweep]).Single();
                    return Task.FromResult(monitoring.SucceededListCount() > 0 && sweep.NextExecution > DateTime.UtcNow);
                }, "the missed sweep ran");
                // One job in all, run once: none waiting, running, scheduled or failed beside it.
                var statistics = monitoring.GetStatistics();
                Assert.Equal((1L, 0L, 0L, 0L, 0L), (statistics.Succeeded, statistics.Enqueued, statistics.Processing, statistics.Scheduled, statistics.Failed));
                await host.StopAsync();
            }

            await using var read = database.NewContext();
            var run = Assert.Single(await read.JobRuns.ToListAsync());
            Assert.Equal((RecurringJobs.DeadlineSweep, "scheduler", true), (run.Job, run.Source, run.Succeeded));
            Assert.StartsWith($"ngày {Application.Common.VietnameseFormat.Date(DateOnly.FromDateTime(today))}: 0 thư nhắc hạn", run.Summary);
        }
        finally
        {
            SchedulerHosts.DeleteJobFiles(database);
            if (Directory.Exists(pickup)) Directory.Delete(pickup, true);
        }
    }

    [Fact]
    public async Task Mail_queued_while_a_dispatch_waits_rides_with_it_and_mail_after_its_start_gets_another()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-coalesce-{Guid.NewGuid():N}");
        await (await database.MigratedContextAsync()).DisposeAsync();
        try
        {
            using var host = SchedulerHosts.Create(database, pickup);
            // Before the server starts nothing dispatches: twenty commits, as a season's actions make, wait in the store.
            for (var i = 0; i < 20; i++) await SchedulerHosts.QueueMailAsync(host, $"test:coalesce:{i}");
            Assert.Equal(1, SchedulerHosts.Storage(host).GetMonitoringApi().EnqueuedCount("default"));

            await host.StartAsync();
            await SchedulerHosts.WaitForMailsAsync(pickup, 20);
            // The dispatch has started, so a later commit needs, and gets, a dispatch of its own.
            await SchedulerHosts.QueueMailAsync(host, "test:coalesce:after");
            await SchedulerHosts.WaitForMailsAsync(pickup, 21);
            await host.StopAsync();
            Assert.Equal(21, Directory.GetFiles(pickup, "*.eml").Length);
        }
        finally
        {
            SchedulerHosts.DeleteJobFiles(database);
            if (Directory.Exists(pickup)) Directory.Delete(pickup, true);
        }
    }

    [Fact]
    public async Task A_second_process_on_the_same_SQLite_file_runs_no_server_and_its_mail_is_sent_by_the_first()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-client-{Guid.NewGuid():N}");
        await (await database.MigratedContextAsync()).DisposeAsync();
        try
        {
            // The lock is the operating system's on an open file, so a second host in this process meets it exactly
            // as a second process would.
            using var first = SchedulerHosts.Create(database, pickup);
            using var second = SchedulerHosts.Create(database, pickup);
            await first.StartAsync();
            await second.StartAsync();

            Assert.Single(SchedulerHosts.Storage(first).GetMonitoringApi().Servers());
            await SchedulerHosts.QueueMailAsync(second, "test:client");
            await SchedulerHosts.WaitForMailsAsync(pickup, 1);

            await Task.WhenAll(first.StopAsync(), second.StopAsync());
            Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        }
        finally
        {
            SchedulerHosts.DeleteJobFiles(database);
            if (Directory.Exists(pickup)) Directory.Delete(pickup, true);
        }
    }

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_database_run_each_recurring_firing_once_and_send_each_mail_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-cluster-{Guid.NewGuid():N}");
        await using (var db = await database.MigratedContextAsync())
        {
            for (var i = 0; i < 5; i++)
                db.Outbox.Add(new Application.Mail.OutboxMessage($"test:cluster:{i}", ["syt@example.gov.vn"], $"[DossierFlow] Thư {i}", "Nội dung.", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        using var first = SchedulerHosts.Create(database, pickup);
        using var second = SchedulerHosts.Create(database, pickup);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await SchedulerHosts.WaitUntilAsync(() => Task.FromResult(SchedulerHosts.Storage(first).GetMonitoringApi().Servers().Count == 2), "both servers announced");

        // A probe fired every second: each firing is one Hangfire job, which must run once on one of the nodes.
        FiringProbe.Runs.Clear();
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IRecurringJobManager>(first.Services)
            .AddOrUpdate<FiringProbe>("probe", probe => probe.Run(null!), "* * * * * *");
        // Both nodes enqueue a dispatch of the 5 due mails at the same moment.
        Parallel.ForEach(new[] { first, second }, host =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Application.Mail.IOutboxSignal>(host.Services).MailQueued());

        await SchedulerHosts.WaitUntilAsync(() => Task.FromResult(FiringProbe.Runs.Count >= 6), "six firings of the probe");
        await SchedulerHosts.WaitForMailsAsync(pickup, 5);
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IRecurringJobManager>(first.Services).RemoveIfExists("probe");
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        var runs = FiringProbe.Runs.ToList();
        Assert.Equal(runs.Count, runs.Select(r => r.JobId).Distinct().Count()); // no job ran twice
        Assert.Equal(runs.Count, runs.Select(r => r.Time).Distinct().Count()); // no firing made two jobs
        Assert.Equal(5, Directory.GetFiles(pickup, "*.eml").Length);           // not 10: no mail went out from both nodes
        Directory.Delete(pickup, true);
    }

    [Theory]
    [InlineData("0 0 7 * * ?", "Scheduling:SweepCron \"0 0 7 * * ?\" has 6 field(s); write a five-field cron")]
    [InlineData("0 25 * * *", "Scheduling:SweepCron \"0 25 * * *\" is not a valid cron expression")]
    public async Task A_malformed_sweep_cron_stops_the_start_with_the_setting_named(string cron, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await (await database.MigratedContextAsync()).DisposeAsync();
        try
        {
            using var host = SchedulerHosts.Create(database, Path.GetTempPath(), new Dictionary<string, string?> { ["Scheduling:SweepCron"] = cron });
            var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
            Assert.IsType(cron.Split(' ').Length == 5 ? typeof(InvalidOperationException) : typeof(OptionsValidationException), error);
            Assert.Contains(message, error.Message);
        }
        finally
        {
            SchedulerHosts.DeleteJobFiles(database);
        }
    }
}

/// <summary>A recurring job of the test that records each execution: its Hangfire job id and the firing it belongs to.</summary>
public sealed class FiringProbe
{
    public static readonly System.Collections.Concurrent.ConcurrentBag<(string JobId, long Time)> Runs = [];

    public void Run(Hangfire.Server.PerformContext context) =>
        Runs.Add((context.BackgroundJob.Id, context.GetJobParameter<long>("Time")));
}
