using DossierFlow.Mail;
using DossierFlow.Application;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DossierFlow.Scheduling.Tests;

/// <summary>
/// A host as the web application composes it (use cases, persistence, the scheduler) on a test database, with
/// mail written to a pickup folder. The outbox retry pass is moved to once a year unless a test says otherwise,
/// so a mail that leaves within seconds left because its commit enqueued a dispatch.
/// </summary>
internal static class SchedulerHosts
{
    public const string Yearly = "0 0 1 1 *";

    public static IHost Create(TestDatabase database, string pickup, IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Options.Provider.ToString(),
            ["Database:ConnectionString"] = database.Options.ConnectionString,
            ["Database:SqliteSynchronous"] = database.Options.SqliteSynchronous.ToString(),
            ["Mail:PickupFolder"] = pickup,
            ["Scheduling:OutboxRetryCron"] = Yearly,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        return Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(configuration))
            .ConfigureServices((context, services) =>
            {
                services.AddApplication();
                services.AddPersistence(context.Configuration);
                services.Configure<MailOptions>(context.Configuration.GetSection(MailOptions.Section));
                services.AddMailSender();
                services.AddScheduling(context.Configuration, _ => new ApplicationDatabase(
                    database.Options.Provider == DatabaseProvider.PostgreSql ? SchedulerStore.PostgreSql : SchedulerStore.Sqlite,
                    database.Options.ConnectionString));
            })
            .Build();
    }

    /// <summary>Queues a mail the way a use case does: through the host's own context, committed by SaveChanges.</summary>
    public static async Task QueueMailAsync(IHost host, string key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Outbox.Add(new OutboxMessage(key, ["syt@example.gov.vn"], $"[DossierFlow] Thư {key}", "Nội dung thử nghiệm.", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    public static JobStorage Storage(IHost host) => host.Services.GetRequiredService<JobStorage>();

    /// <summary>Waits for a background job's effect (not for time to pass): at most 30 s.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not within 30 s: {what}.");
            await Task.Delay(100);
        }
    }

    public static Task WaitForMailsAsync(string pickup, int count) =>
        WaitUntilAsync(() => Task.FromResult(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Length >= count), $"{count} mail(s) in the pickup folder");

    /// <summary>Removes Hangfire's SQLite file and its lock beside a test database (TestDatabase removes its own).</summary>
    public static void DeleteJobFiles(TestDatabase database)
    {
        if (database.Options.Provider != DatabaseProvider.Sqlite) return;
        SqliteConnection.ClearAllPools();
        var jobs = JobStore.SqliteFileFor(database.Options.ConnectionString, null);
        foreach (var suffix in new[] { "", "-wal", "-shm", ".server-lock" })
            if (File.Exists(jobs + suffix)) File.Delete(jobs + suffix);
    }
}
