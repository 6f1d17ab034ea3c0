using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Mail;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Tests;

/// <summary>Claims and leases: dispatchers running at once send each mail once; a crashed dispatcher's mails are taken over.</summary>
public sealed class OutboxClaimTests
{
    private const string Body = "Kính gửi Sở Y tế,\nĐề nghị đơn vị gửi báo cáo đúng hạn.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_dispatchers_at_once_send_each_of_200_mails_exactly_once(DatabaseProvider provider)
    {
        var server = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_SMTP")
            ?? throw new InvalidOperationException("DOSSIERFLOW_TEST_SMTP is not set: run the tests with tests/run.sh, which starts aiosmtpd.");
        var folder = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR")!;
        var options = Options.Create(new MailOptions { SmtpHost = server.Split(':')[0], SmtpPort = int.Parse(server.Split(':')[1]) });
        await using var database = await TestDatabase.CreateAsync(provider);
        HashSet<string> ids;
        await using (var db = await database.MigratedContextAsync())
        {
            var now = DateTime.UtcNow;
            var mails = Enumerable.Range(0, 200)
                .Select(i => new OutboxMessage($"parallel:{i}", [$"unit{i % 7}@example.gov.vn"], $"[DossierFlow] Thư song song số {i}", Body, now.AddMilliseconds(-i)))
                .ToList();
            db.Outbox.AddRange(mails);
            await db.SaveChangesAsync();
            ids = [.. mails.Select(m => m.MessageId)];
        }

        async Task<DispatchResult> Dispatcher()
        {
            await using var db = database.NewContext();
            return await new DispatchOutbox(db, new SmtpMailSender(options), options, TimeProvider.System).DispatchAllAsync();
        }
        var results = await Task.WhenAll(Task.Run(Dispatcher), Task.Run(Dispatcher));

        Assert.Equal(200, results.Sum(r => r.Sent));
        Assert.All(results, r => Assert.Equal((0, 0), (r.Retrying, r.Dead)));
        await using (var db = database.NewContext())
            Assert.Equal(200, await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent));
        var received = Directory.GetFiles(folder, "*.eml").Select(f => Eml.Read(File.ReadAllText(f)).Headers.GetValueOrDefault("message-id"))
            .Where(id => id is not null && ids.Contains(id)).ToList();
        Assert.Equal(200, received.Count);          // each mail arrived ...
        Assert.Equal(200, received.Distinct().Count()); // ... exactly once
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_a_live_one_is_left_alone()
    {
        var clock = new TestClock(new DateTime(2026, 11, 17, 1, 0, 0, DateTimeKind.Utc));
        var pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-pickup-{Guid.NewGuid():N}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = await database.MigratedContextAsync())
        {
            db.Outbox.Add(new OutboxMessage("crashed", ["syt@example.gov.vn"], "[DossierFlow] Thư của nút đã dừng", Body, clock.Now.AddMinutes(-10)));
            db.Outbox.Add(new OutboxMessage("busy", ["sct@example.gov.vn"], "[DossierFlow] Thư đang được gửi", Body, clock.Now.AddMinutes(-10)));
            await db.SaveChangesAsync();
            // A dispatcher on another node claimed both; one node died (its lease ended), the other is still sending.
            await db.Outbox.Where(m => m.IdempotencyKey == "crashed").ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimedBy, "node-a/101/batch").SetProperty(m => m.LeaseUntil, clock.Now.AddSeconds(-1)));
            await db.Outbox.Where(m => m.IdempotencyKey == "busy").ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimedBy, "node-b/202/batch").SetProperty(m => m.LeaseUntil, clock.Now.AddMinutes(4)));
        }

        var options = Options.Create(new MailOptions { PickupFolder = pickup });
        await using (var db = database.NewContext())
        {
            var dispatcher = new DispatchOutbox(db, new SmtpMailSender(options), options, clock);
            Assert.True(await dispatcher.AnyDueAsync());
            Assert.Equal(new DispatchResult(1, 0, 0), await dispatcher.DispatchAllAsync());
            Assert.False(await dispatcher.AnyDueAsync());
        }

        await using var read = database.NewContext();
        var crashed = await read.Outbox.SingleAsync(m => m.IdempotencyKey == "crashed");
        Assert.Equal((OutboxStatus.Sent, null), (crashed.Status, crashed.LeaseUntil));
        Assert.NotEqual("node-a/101/batch", crashed.ClaimedBy);
        var busy = await read.Outbox.SingleAsync(m => m.IdempotencyKey == "busy");
        Assert.Equal((OutboxStatus.Sending, "node-b/202/batch"), (busy.Status, busy.ClaimedBy));
        Assert.StartsWith($"{crashed.Id:N}-", Path.GetFileName(Assert.Single(Directory.GetFiles(pickup, "*.eml"))));
        Directory.Delete(pickup, true);
    }

    [Fact]
    public async Task A_lost_connection_gives_the_rest_of_the_batch_back_and_they_go_over_a_new_connection()
    {
        var clock = new TestClock(new DateTime(2026, 11, 17, 1, 0, 0, DateTimeKind.Utc));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = await database.MigratedContextAsync())
        {
            for (var i = 1; i <= 4; i++)
                db.Outbox.Add(new OutboxMessage($"lost:{i}", ["syt@example.gov.vn"], $"[DossierFlow] Thư {i}", Body, clock.Now.AddSeconds(i - 10)));
            await db.SaveChangesAsync();
        }
        await using var server = new ScriptedSmtpServer("250 OK", "421 4.3.2 shutting down"); // 421 closes the connection

        var options = Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port });
        await using (var db = database.NewContext())
            Assert.Equal(new DispatchResult(3, 1, 0), await new DispatchOutbox(db, new SmtpMailSender(options), options, clock).DispatchAllAsync());

        Assert.Equal((2, 3), (server.Connections, server.Delivered));
        await using var read = database.NewContext();
        var mails = await read.Outbox.OrderBy(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Pending, OutboxStatus.Sent, OutboxStatus.Sent], mails.Select(m => m.Status));
        Assert.Contains("421 4.3.2 shutting down", mails[1].LastError);
    }

    [Fact]
    public async Task A_dispatcher_stopped_in_the_middle_of_a_batch_gives_its_claimed_mails_back()
    {
        var clock = new TestClock(new DateTime(2026, 11, 17, 1, 0, 0, DateTimeKind.Utc));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = await database.MigratedContextAsync())
        {
            for (var i = 1; i <= 3; i++)
                db.Outbox.Add(new OutboxMessage($"stopped:{i}", ["syt@example.gov.vn"], $"[DossierFlow] Thư {i}", Body, clock.Now.AddSeconds(-i)));
            await db.SaveChangesAsync();
        }
        await using var server = new ScriptedSmtpServer { Silent = true };
        var options = Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port });
        using var stop = new CancellationTokenSource();

        await using (var db = database.NewContext())
        {
            var dispatching = new DispatchOutbox(db, new SmtpMailSender(options), options, clock).DispatchAllAsync(stop.Token);
            while (server.Connections == 0) await Task.Delay(20); // the batch is claimed and waiting for the server
            await using (var peek = database.NewContext())
                Assert.Equal(3, await peek.Outbox.CountAsync(m => m.Status == OutboxStatus.Sending));
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatching);
        }

        await using var read = database.NewContext();
        Assert.All(await read.Outbox.ToListAsync(), m => Assert.Equal((OutboxStatus.Pending, 0, null), (m.Status, m.Attempts, m.LeaseUntil)));
    }
}
