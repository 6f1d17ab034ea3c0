using DossierFlow.Application;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Scheduling.Jobs;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace DossierFlow.Scheduling.Tests;

/// <summary>Quartz with its persistent store in the application's database, on SQLite and on PostgreSQL.</summary>
public class SchedulerStoreTests
{
    private static IHost Host(TestDatabase database, string pickup) =>
        Microsoft.Extensions.Hosting.Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Options.Provider.ToString(),
                ["Database:ConnectionString"] = database.Options.ConnectionString,
                ["Mail:PickupFolder"] = pickup,
            }))
            .ConfigureServices((context, services) =>
            {
                services.AddApplication();
                services.AddPersistence(context.Configuration);
                services.Configure<MailOptions>(context.Configuration.GetSection(MailOptions.Section));
                services.AddScheduling(new SchedulingOptions { DispatchEverySeconds = 3600 },
                    database.Options.Provider == DatabaseProvider.PostgreSql ? SchedulerStore.PostgreSql : SchedulerStore.Sqlite,
                    database.Options.ConnectionString);
            })
            .Build();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_store_is_provisioned_the_jobs_are_registered_once_and_a_fired_job_sends_the_outbox(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-quartz-{Guid.NewGuid():N}");
        await using (var db = await database.MigratedContextAsync())
        {
            db.Outbox.Add(new OutboxMessage("test:quartz", ["syt@example.gov.vn"], "[DossierFlow] Thư qua bộ lập lịch", "Nội dung thử nghiệm.", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        // Started twice on the same database: the second start replaces the jobs instead of duplicating them.
        foreach (var run in new[] { 1, 2 })
        {
            using var host = Host(database, pickup);
            await host.StartAsync();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.NotNull(await scheduler.GetJobDetail(OutboxDispatchJob.Key));
            Assert.NotNull(await scheduler.GetJobDetail(DeadlineSweepJob.Key));
            if (run == 2)
            {
                await scheduler.TriggerJob(OutboxDispatchJob.Key, new JobDataMap());
                await WaitUntilAsync(async () =>
                {
                    await using var db = database.NewContext();
                    return await db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Sent);
                });
            }
            await host.StopAsync();
        }

        await using var read = database.NewContext();
        Assert.Equal(2, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_job_details".Replace("qrtz", provider == DatabaseProvider.Sqlite ? "QRTZ" : "qrtz")).SingleAsync());
        Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        Assert.Contains(await read.JobRuns.ToListAsync(), r => r.Job == OutboxDispatchJob.Key.Name && r.Succeeded == true && r.Summary!.StartsWith("đã gửi 1"));
        Directory.Delete(pickup, true);
    }

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_database_run_each_firing_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-cluster-{Guid.NewGuid():N}");
        await using (var db = await database.MigratedContextAsync())
        {
            for (var i = 0; i < 5; i++)
                db.Outbox.Add(new OutboxMessage($"test:cluster:{i}", ["syt@example.gov.vn"], $"[DossierFlow] Thư {i}", "Nội dung.", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        using var first = Host(database, pickup);
        using var second = Host(database, pickup);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(OutboxDispatchJob.Key, new JobDataMap());
        await WaitUntilAsync(async () =>
        {
            await using var db = database.NewContext();
            return await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent) == 5;
        });
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.Equal(5, Directory.GetFiles(pickup, "*.eml").Length); // not 10: no mail went out from both nodes
        Directory.Delete(pickup, true);
    }

    /// <summary>Waits for the background job's result (not for time to pass): at most 30 s.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The fired job did not finish within 30 s.");
            await Task.Delay(100);
        }
    }
}
