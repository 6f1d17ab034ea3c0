using System.Diagnostics;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Benchmarks;

/// <summary>
/// Mails per second that one dispatcher delivers to a real SMTP server: a fresh SQLite database with N due mails,
/// then one <see cref="DispatchOutbox.DispatchAllAsync"/>, timed. A console measurement rather than a
/// BenchmarkDotNet job because each round consumes its mails and needs a live server.
/// Run: dotnet run -c Release --project tests/DossierFlow.Benchmarks -- mail-dispatch 127.0.0.1:2525 [mails] [rounds]
/// </summary>
public static class MailDispatchMeasurement
{
    private const string Subject = "[DossierFlow] Nhắc hạn: Báo cáo kết quả thực hiện phong trào trước ngày 01/12/2026";
    private const string Body = "Kính gửi Sở Y tế,\n\nĐề nghị đơn vị gửi báo cáo kết quả thực hiện phong trào \"Vì người nghèo - Không để ai bị bỏ lại phía sau\" đúng hạn.\n\nTrân trọng cảm ơn!";

    public static async Task<int> RunAsync(string[] args)
    {
        var server = args.Length > 1 ? args[1] : "127.0.0.1:2525";
        var mails = args.Length > 2 ? int.Parse(args[2]) : 300;
        var rounds = args.Length > 3 ? int.Parse(args[3]) : 3;
        var options = Options.Create(new MailOptions { SmtpHost = server.Split(':')[0], SmtpPort = int.Parse(server.Split(':')[1]) });
        for (var round = 0; round <= rounds; round++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dossierflow-mailbench-{Guid.NewGuid():N}.db");
            try
            {
                var builder = new DbContextOptionsBuilder<AppDbContext>();
                builder.UseDossierFlowDatabase(new DatabaseOptions { ConnectionString = $"Data Source={file}" });
                var database = builder.Options;
                await using (var seed = new AppDbContext(database))
                {
                    await seed.Database.MigrateAsync();
                    var now = DateTime.UtcNow;
                    for (var i = 0; i < mails; i++)
                        seed.Outbox.Add(new OutboxMessage($"bench:{i}", [$"unit{i % 40}@example.gov.vn"], $"{Subject} ({i})", Body, now.AddMilliseconds(-i)));
                    await seed.SaveChangesAsync();
                }
                await using var db = new AppDbContext(database);
                var watch = Stopwatch.StartNew();
                var result = await new DispatchOutbox(db, new SmtpMailSender(options), options, TimeProvider.System).DispatchAllAsync();
                watch.Stop();
                if (result.Sent != mails) throw new InvalidOperationException($"sent {result.Sent} of {mails} ({result.Retrying} retrying, {result.Dead} dead)");
                // Round 0 warms up the JIT, the connection pools and the server; it is not reported.
                if (round > 0) Console.WriteLine($"round {round}: {mails} mails in {watch.Elapsed.TotalSeconds:F2} s = {mails / watch.Elapsed.TotalSeconds:F1} mails/s");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
            }
        }
        return 0;
    }
}
