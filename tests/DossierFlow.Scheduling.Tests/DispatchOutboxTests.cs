using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Mail;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Tests;

public sealed class DispatchOutboxTests : IAsyncLifetime
{
    private const string Subject = "[DossierFlow] Nhắc hạn: Báo cáo kết quả thực hiện phong trào trước ngày 01/12/2026";
    private const string Body = "Kính gửi Sở Y tế,\nĐề nghị đơn vị gửi báo cáo đúng hạn. Trân trọng cảm ơn!";
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-pickup-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;
    private readonly TestClock _clock = new(new DateTime(2026, 11, 17, 1, 0, 0, DateTimeKind.Utc));

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await _database.MigratedContextAsync();
        db.Outbox.Add(new OutboxMessage("test:1", ["syt@example.gov.vn"], Subject, Body, _clock.Now));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup)) Directory.Delete(_pickup, true);
    }

    private async Task<(DispatchResult Result, OutboxMessage Message)> DispatchAsync(MailOptions options)
    {
        await using var db = _database.NewContext();
        var result = await new DispatchOutbox(db, new SmtpMailSender(Options.Create(options)), Options.Create(options), _clock).HandleAsync();
        return (result, await db.Outbox.AsNoTracking().SingleAsync());
    }

    [Fact]
    public async Task Without_an_smtp_server_the_mail_is_an_eml_file_with_the_vietnamese_subject_and_our_message_id()
    {
        var (result, message) = await DispatchAsync(new MailOptions { PickupFolder = _pickup });

        Assert.Equal(new DispatchResult(1, 0, 0), result);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        var (headers, body) = Eml.Read(File.ReadAllText(Assert.Single(Directory.GetFiles(_pickup, "*.eml"))));
        Assert.Equal(Subject, headers["subject"]);
        Assert.Equal(message.MessageId, headers["message-id"]);
        Assert.Contains("Kính gửi Sở Y tế", body);
    }

    [Fact]
    public async Task A_real_smtp_server_receives_the_mail_and_the_text_decodes_to_vietnamese()
    {
        var server = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_SMTP")
            ?? throw new InvalidOperationException("DOSSIERFLOW_TEST_SMTP is not set: run the tests with tests/run.sh, which starts aiosmtpd.");
        var folder = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR")!;
        var (host, port) = (server.Split(':')[0], int.Parse(server.Split(':')[1]));

        var (result, message) = await DispatchAsync(new MailOptions { SmtpHost = host, SmtpPort = port });

        Assert.Equal(new DispatchResult(1, 0, 0), result);
        var received = Directory.GetFiles(folder, "*.eml").Select(f => Eml.Read(File.ReadAllText(f)))
            .Single(m => m.Headers.GetValueOrDefault("message-id") == message.MessageId);
        Assert.Equal(Subject, received.Headers["subject"]);
        Assert.Contains("Trân trọng cảm ơn!", received.Body);
    }

    [Fact]
    public async Task A_temporary_failure_is_retried_later_and_then_succeeds()
    {
        await using var server = new ScriptedSmtpServer("451 4.3.0 try again later");
        var options = new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, RetryBaseSeconds = 60 };

        var (first, waiting) = await DispatchAsync(options);
        Assert.Equal(new DispatchResult(0, 1, 0), first);
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains("451", waiting.LastError);
        Assert.InRange((waiting.NextAttemptAt - _clock.Now).TotalSeconds, 48, 72); // 60 s ± 20 % jitter

        Assert.Equal(new DispatchResult(0, 0, 0), (await DispatchAsync(options)).Result); // not due yet
        _clock.Now = waiting.NextAttemptAt;
        var (second, sent) = await DispatchAsync(options);
        Assert.Equal(new DispatchResult(1, 0, 0), second);
        Assert.Equal((OutboxStatus.Sent, 2, 1), (sent.Status, sent.Attempts, server.Delivered));
    }

    [Fact]
    public async Task A_permanent_failure_makes_the_mail_dead_with_its_error_and_an_operator_can_resend_it()
    {
        await using var server = new ScriptedSmtpServer("550 5.1.1 mailbox unavailable");
        var (result, message) = await DispatchAsync(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port });

        Assert.Equal(new DispatchResult(0, 0, 1), result);
        Assert.Equal(OutboxStatus.Dead, message.Status);
        Assert.Contains("550", message.LastError);

        await using (var db = _database.NewContext())
        {
            (await db.Outbox.SingleAsync()).Resend(_clock.Now);
            await db.SaveChangesAsync();
        }
        Assert.Equal(new DispatchResult(1, 0, 0), (await DispatchAsync(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port })).Result);
    }

    [Fact]
    public async Task A_malformed_address_is_dead_at_once_and_does_not_block_the_mails_behind_it()
    {
        await using (var db = _database.NewContext())
        {
            var first = await db.Outbox.SingleAsync();
            db.Outbox.Remove(first);
            db.Outbox.Add(new OutboxMessage("test:bad", ["không phải email"], Subject, Body, _clock.Now.AddMinutes(-1)));
            db.Outbox.Add(new OutboxMessage("test:good", ["syt@example.gov.vn"], Subject, Body, _clock.Now));
            await db.SaveChangesAsync();
        }
        await using var read = _database.NewContext();
        var result = await new DispatchOutbox(read, new SmtpMailSender(Options.Create(new MailOptions { PickupFolder = _pickup })),
            Options.Create(new MailOptions()), _clock).HandleAsync();

        Assert.Equal(new DispatchResult(1, 0, 1), result);
        Assert.Equal(OutboxStatus.Dead, (await read.Outbox.SingleAsync(m => m.IdempotencyKey == "test:bad")).Status);
    }

    [Fact]
    public async Task Too_many_temporary_failures_make_the_mail_dead()
    {
        await using var server = new ScriptedSmtpServer("421 busy", "421 busy");
        var options = new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, MaxAttempts = 2 };
        await DispatchAsync(options);
        _clock.Now = _clock.Now.AddHours(1);
        var (result, message) = await DispatchAsync(options);
        Assert.Equal(new DispatchResult(0, 0, 1), result);
        Assert.Equal((OutboxStatus.Dead, 2), (message.Status, message.Attempts));
    }
}
