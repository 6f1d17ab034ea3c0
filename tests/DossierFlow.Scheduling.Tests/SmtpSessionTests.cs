using DossierFlow.Tests.Shared.Mail;
using System.Net;
using System.Net.Sockets;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using DossierFlow.Mail;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Tests;

/// <summary>What the MailKit connection does with a batch: one connection, refused recipients, timeouts, TLS modes, sign-in.</summary>
public sealed class SmtpSessionTests : IAsyncLifetime
{
    private const string Subject = "[DossierFlow] Giấy mời họp Hội đồng Thi đua - Khen thưởng tỉnh";
    private const string Body = "Kính gửi Ông/Bà Ủy viên Hội đồng,\nTrân trọng kính mời dự phiên họp xét khen thưởng.";
    private readonly TestClock _clock = new(new DateTime(2026, 11, 17, 1, 0, 0, DateTimeKind.Utc));
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"dossierflow-pickup-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await _database.MigratedContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup)) Directory.Delete(_pickup, true);
    }

    private async Task QueueAsync(params (string Key, string[] To)[] mails)
    {
        await using var db = _database.NewContext();
        for (var i = 0; i < mails.Length; i++)
            db.Outbox.Add(new OutboxMessage(mails[i].Key, mails[i].To, Subject, Body, _clock.Now.AddSeconds(i - mails.Length)));
        await db.SaveChangesAsync();
    }

    /// <summary>Fails instead of hanging if a timeout did not work; the assertions are on outcomes, not on time.</summary>
    private async Task<DispatchResult> DispatchAllAsync(MailOptions options)
    {
        await using var db = _database.NewContext();
        return await new DispatchOutbox(db, new SmtpMailSender(Options.Create(options)), Options.Create(options), _clock)
            .DispatchAllAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    private async Task<OutboxMessage> MailAsync(string key)
    {
        await using var db = _database.NewContext();
        var m = await db.Outbox.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key);
        File.AppendAllText("/tmp/mk-lasterrors.txt", $"{key}: {m.Status} {m.Attempts} {m.LastError}\n");
        return m;
    }

    private static MailOptions Smtp(int port, int timeoutSeconds = 30) => new() { SmtpHost = "127.0.0.1", SmtpPort = port, SmtpTimeoutSeconds = timeoutSeconds };

    [Fact]
    public async Task One_connection_carries_the_batch_and_a_4xx_for_one_mail_does_not_stop_the_others()
    {
        await using var server = new ScriptedSmtpServer("250 OK", "451 4.3.0 try again later");
        await QueueAsync([.. Enumerable.Range(1, 5).Select(i => ($"batch:{i}", new[] { "syt@example.gov.vn" }))]);

        Assert.Equal(new DispatchResult(4, 1, 0), await DispatchAllAsync(Smtp(server.Port)));

        Assert.Equal((1, 4), (server.Connections, server.Delivered));
        var refused = await MailAsync("batch:2");
        Assert.Equal((OutboxStatus.Pending, 1), (refused.Status, refused.Attempts));
        Assert.Contains("451 4.3.0 try again later", refused.LastError);
    }

    [Fact]
    public async Task A_refused_recipient_is_recorded_on_its_mail_and_the_other_mails_of_the_batch_still_go()
    {
        await using var server = new ScriptedSmtpServer
        {
            RecipientReplies =
            {
                ["khong-ton-tai@example.gov.vn"] = "550 5.1.1 no such mailbox",
                ["hop-thu-day@example.gov.vn"] = "452 4.2.2 mailbox full",
            },
        };
        await QueueAsync(
            ("some-refused", ["syt@example.gov.vn", "khong-ton-tai@example.gov.vn"]),
            ("all-refused", ["khong-ton-tai@example.gov.vn"]),
            ("all-refused-for-now", ["hop-thu-day@example.gov.vn"]),
            ("accepted", ["sct@example.gov.vn"]));

        Assert.Equal(new DispatchResult(2, 1, 1), await DispatchAllAsync(Smtp(server.Port)));

        Assert.Equal((1, 2), (server.Connections, server.Delivered));
        var partly = await MailAsync("some-refused");
        Assert.Equal(OutboxStatus.Sent, partly.Status);
        Assert.Contains("khong-ton-tai@example.gov.vn (550 5.1.1 no such mailbox)", partly.LastError);
        var dead = await MailAsync("all-refused");
        Assert.Equal(OutboxStatus.Dead, dead.Status);
        Assert.Contains("từ chối mọi người nhận của thư: khong-ton-tai@example.gov.vn (550 5.1.1 no such mailbox)", dead.LastError);
        var waiting = await MailAsync("all-refused-for-now");
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains("452 4.2.2 mailbox full", waiting.LastError);
        var accepted = await MailAsync("accepted");
        Assert.Equal((OutboxStatus.Sent, null), (accepted.Status, accepted.LastError));
    }

    [Fact]
    public async Task A_server_that_accepts_the_connection_and_never_answers_fails_the_batch_as_temporary_and_the_mails_wait()
    {
        await QueueAsync(("silent:1", ["syt@example.gov.vn"]), ("silent:2", ["sct@example.gov.vn"]));
        await using (var silent = new ScriptedSmtpServer { Silent = true })
        {
            Assert.Equal(new DispatchResult(0, 2, 0), await DispatchAllAsync(Smtp(silent.Port, timeoutSeconds: 1)));
            Assert.Equal(1, silent.Connections); // the batch gave up once, not once per mail
        }

        foreach (var key in new[] { "silent:1", "silent:2" })
        {
            var mail = await MailAsync(key);
            Assert.Equal((OutboxStatus.Pending, 0), (mail.Status, mail.Attempts)); // the server never heard of it: no attempt spent
            Assert.Contains("không trả lời trong 1 giây", mail.LastError);
            Assert.InRange((mail.NextAttemptAt - _clock.Now).TotalSeconds, 48, 72);
        }

        _clock.Now = _clock.Now.AddMinutes(2);
        await using var answering = new ScriptedSmtpServer();
        Assert.Equal(new DispatchResult(2, 0, 0), await DispatchAllAsync(Smtp(answering.Port)));
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_leaves_the_mail_waiting_with_a_clear_message()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await QueueAsync(("unreachable", ["syt@example.gov.vn"]));

        Assert.Equal(new DispatchResult(0, 1, 0), await DispatchAllAsync(Smtp(closedPort)));

        var mail = await MailAsync("unreachable");
        Assert.Equal((OutboxStatus.Pending, 0), (mail.Status, mail.Attempts));
        Assert.Contains($"Không kết nối được tới máy chủ SMTP 127.0.0.1:{closedPort}", mail.LastError);
    }

    [Theory]
    [InlineData("SmtpSecurity", "StartTls")]
    [InlineData("SmtpStartTls", "true")] // the setting's former name is still read
    public async Task StartTls_against_a_server_that_does_not_offer_it_names_the_setting_and_loses_no_mail(string key, string value)
    {
        await using var server = new ScriptedSmtpServer();
        var options = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPort"] = server.Port.ToString(), [$"Mail:{key}"] = value,
        }).Build().GetSection(MailOptions.Section).Get<MailOptions>()!;
        await QueueAsync(("starttls", ["syt@example.gov.vn"]));

        Assert.Equal(new DispatchResult(0, 1, 0), await DispatchAllAsync(options));

        var mail = await MailAsync("starttls");
        Assert.Equal((OutboxStatus.Pending, 0, 0), (mail.Status, mail.Attempts, server.Delivered));
        Assert.Contains("không hỗ trợ STARTTLS (Mail:SmtpSecurity = StartTls", mail.LastError);

        _clock.Now = _clock.Now.AddMinutes(2);
        options.SmtpSecurity = SmtpSecurityMode.None;
        Assert.Equal(new DispatchResult(1, 0, 0), await DispatchAllAsync(options));
    }

    [Fact]
    public async Task Implicit_tls_against_a_plain_server_says_so_and_the_mail_waits()
    {
        await using var server = new ScriptedSmtpServer();
        await QueueAsync(("implicit-tls", ["syt@example.gov.vn"]));

        var options = Smtp(server.Port, timeoutSeconds: 5);
        options.SmtpSecurity = SmtpSecurityMode.SslOnConnect;
        Assert.Equal(new DispatchResult(0, 1, 0), await DispatchAllAsync(options));

        var mail = await MailAsync("implicit-tls");
        Assert.Equal((OutboxStatus.Pending, 0, 0), (mail.Status, mail.Attempts, server.Delivered));
        Assert.Contains("Mail:SmtpSecurity = SslOnConnect", mail.LastError);
    }

    [Fact]
    public async Task With_a_user_name_the_sender_signs_in_and_a_refused_sign_in_leaves_the_mail_waiting()
    {
        await using var server = new ScriptedSmtpServer { Login = ("dossierflow", "s3cret-pass") };
        await QueueAsync(("login", ["syt@example.gov.vn"]));
        var options = Smtp(server.Port);
        options.SmtpUserName = "dossierflow";
        options.SmtpPassword = "wrong";

        Assert.Equal(new DispatchResult(0, 1, 0), await DispatchAllAsync(options));
        var refused = await MailAsync("login");
        Assert.Equal((OutboxStatus.Pending, 0), (refused.Status, refused.Attempts));
        Assert.Contains("từ chối đăng nhập của dossierflow", refused.LastError);
        Assert.Contains("Mail:SmtpPassword", refused.LastError);

        _clock.Now = _clock.Now.AddMinutes(2);
        options.SmtpPassword = "s3cret-pass";
        Assert.Equal(new DispatchResult(1, 0, 0), await DispatchAllAsync(options));
        Assert.Equal(1, server.Delivered);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Vietnamese_subject_body_and_attachment_name_decode_in_pythons_email_module(bool realSmtpServer)
    {
        await using (var db = _database.NewContext())
        {
            db.Outbox.Add(new OutboxMessage("vi", ["uy-vien@example.gov.vn"], Subject, Body, _clock.Now)
                .WithAttachment("Giấy mời họp Hội đồng.ics", "text/calendar; method=REQUEST; charset=utf-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray()));
            await db.SaveChangesAsync();
        }
        MailOptions options;
        string folder;
        if (realSmtpServer)
        {
            var server = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_SMTP")
                ?? throw new InvalidOperationException("DOSSIERFLOW_TEST_SMTP is not set: run the tests with tests/run.sh, which starts aiosmtpd.");
            options = Smtp(int.Parse(server.Split(':')[1]));
            options.SmtpHost = server.Split(':')[0];
            folder = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR")!;
        }
        else (options, folder) = (new MailOptions { PickupFolder = _pickup }, _pickup);

        Assert.Equal(new DispatchResult(1, 0, 0), await DispatchAllAsync(options));

        var messageId = (await MailAsync("vi")).MessageId;
        var files = Directory.GetFiles(folder, "*.eml").Where(f => File.ReadAllText(f).Contains(messageId)).ToArray();
        var mail = Assert.Single(await PythonEmail.ReadAsync(files));
        Assert.Equal(Subject, mail.GetProperty("subject").GetString());
        Assert.Equal(messageId, mail.GetProperty("messageId").GetString());
        Assert.Contains("Trân trọng kính mời dự phiên họp xét khen thưởng.", mail.GetProperty("body").GetString());
        var attachment = Assert.Single(mail.GetProperty("attachments").EnumerateArray());
        Assert.Equal("Giấy mời họp Hội đồng.ics", attachment.GetProperty("filename").GetString());
        Assert.Equal("text/calendar", attachment.GetProperty("contentType").GetString());
    }
}
