using System.Net.Sockets;
using DossierFlow.Application.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DossierFlow.Mail;

/// <summary>
/// One MailKit connection that sends a batch. Every step (connect and sign in; each mail) has its own deadline of
/// Mail:SmtpTimeoutSeconds, so a server that never answers costs one timeout, not a stuck outbox. A reply of 500
/// or above is permanent, 4xx, network errors and timeouts are temporary; a refused recipient is reported while
/// the others receive the mail. The failures are worded for the operator who reads them on /Admin/Outbox.
/// </summary>
internal sealed class SmtpSession : IMailSession
{
    private readonly RecipientRecordingClient _client;
    private readonly MailOptions _settings;

    private SmtpSession(RecipientRecordingClient client, MailOptions settings)
    {
        _client = client;
        _settings = settings;
    }

    private string Server => $"{_settings.SmtpHost}:{_settings.SmtpPort}";
    private TimeSpan Timeout => TimeSpan.FromSeconds(_settings.SmtpTimeoutSeconds);

    public static async Task<IMailSession> OpenAsync(MailOptions settings, CancellationToken ct)
    {
        // MailKit's own socket timeout is only a backstop: each step's deadline below fires first, so the failure
        // says which step the server did not answer.
        var session = new SmtpSession(new RecipientRecordingClient { Timeout = (settings.SmtpTimeoutSeconds + 5) * 1000 }, settings);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(session.Timeout);
        try
        {
            await session._client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, Security(settings.EffectiveSmtpSecurity), deadline.Token);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
                await session._client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", deadline.Token);
            return session;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && session.ConnectFailure(e) is { } message)
        {
            session._client.Dispose();
            throw new MailServerUnavailableException(message, e);
        }
        catch
        {
            session._client.Dispose();
            throw;
        }
    }

    public async Task<IReadOnlyList<string>> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mime = OutboxMime.Build(message, _settings.From);
        _client.Refused.Clear();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Timeout);
        try
        {
            await _client.SendAsync(mime, deadline.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && SendFailure(e, mime) is { } failure)
        {
            throw failure;
        }
        return [.. Refused()];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                using var deadline = new CancellationTokenSource(Timeout);
                await _client.DisconnectAsync(true, deadline.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or TimeoutException or SmtpProtocolException or SmtpCommandException)
        {
            // QUIT is a courtesy: every mail's outcome is already known.
        }
        finally
        {
            _client.Dispose();
        }
    }

    private static SecureSocketOptions Security(SmtpSecurityMode mode) => mode switch
    {
        SmtpSecurityMode.None => SecureSocketOptions.None,
        SmtpSecurityMode.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurityMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    /// <summary>Why the session could not start, for the operator; null for an exception that is a bug, not a server problem.</summary>
    private string? ConnectFailure(Exception e)
    {
        var mode = $"Mail:SmtpSecurity = {_settings.EffectiveSmtpSecurity}, cổng {_settings.SmtpPort}";
        return e switch
        {
            OperationCanceledException or TimeoutException =>
                $"Máy chủ SMTP {Server} không trả lời trong {_settings.SmtpTimeoutSeconds} giây. Thư sẽ được gửi lại sau.",
            SocketException s =>
                $"Không kết nối được tới máy chủ SMTP {Server} ({s.SocketErrorCode}: {s.Message}). Thư sẽ được gửi lại sau.",
            SslHandshakeException =>
                $"Không thiết lập được kết nối TLS với máy chủ SMTP {Server} ({mode}): máy chủ không dùng TLS theo cách này hoặc chứng chỉ không được tin cậy. Cổng 465 dùng SslOnConnect, cổng 587 dùng StartTls. Thư vẫn chờ gửi.",
            NotSupportedException when _settings.EffectiveSmtpSecurity == SmtpSecurityMode.StartTls && !_client.Capabilities.HasFlag(SmtpCapabilities.StartTLS) =>
                $"Máy chủ SMTP {Server} không hỗ trợ STARTTLS ({mode}). Kiểm tra Mail:SmtpSecurity (None, StartTls, SslOnConnect, Auto) và Mail:SmtpPort. Thư vẫn chờ gửi.",
            NotSupportedException when !_client.Capabilities.HasFlag(SmtpCapabilities.Authentication) =>
                $"Máy chủ SMTP {Server} không cho đăng nhập (không hỗ trợ AUTH) mà Mail:SmtpUserName đã được đặt. Thư vẫn chờ gửi.",
            AuthenticationException a =>
                $"Máy chủ SMTP {Server} từ chối đăng nhập của {_settings.SmtpUserName}: {Sentence(a.Message)} Kiểm tra Mail:SmtpUserName và Mail:SmtpPassword. Thư vẫn chờ gửi.",
            SmtpCommandException c =>
                $"Máy chủ SMTP {Server} từ chối phiên gửi: {Reply(c.StatusCode, c.Message)}. Thư sẽ được gửi lại sau.",
            SmtpProtocolException or IOException =>
                $"Máy chủ SMTP {Server} ngắt kết nối hoặc trả lời sai giao thức ({mode}): {Sentence(e.Message)} Thư sẽ được gửi lại sau.",
            _ => null,
        };
    }

    /// <summary>The failure of one mail; null for an exception that is a bug, not a delivery problem.</summary>
    private MailDeliveryException? SendFailure(Exception e, MimeMessage mime) => e switch
    {
        // MailKit gives up once no recipient is left (each refusal went to OnRecipientNotAccepted).
        SmtpCommandException when _client.Refused.Count > 0 && _client.Refused.Count >= mime.To.Count =>
            AllRecipientsRefused(e),
        SmtpCommandException c => new MailDeliveryException(
            ((int)c.StatusCode >= 500 ? "Máy chủ SMTP từ chối thư: " : "Máy chủ SMTP tạm thời chưa nhận thư: ") + Reply(c.StatusCode, c.Message),
            permanent: (int)c.StatusCode >= 500,
            // 421: the server is closing the connection; the next mails go over a new one.
            connectionLost: c.StatusCode == SmtpStatusCode.ServiceNotAvailable || !_client.IsConnected, e),
        OperationCanceledException or TimeoutException => new MailDeliveryException(
            $"Máy chủ SMTP {Server} không trả lời trong {_settings.SmtpTimeoutSeconds} giây khi gửi thư. Thư sẽ được gửi lại sau.", permanent: false, connectionLost: true, e),
        SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException => new MailDeliveryException(
            $"Mất kết nối với máy chủ SMTP {Server} khi gửi thư: {Sentence(e.Message)} Thư sẽ được gửi lại sau.", permanent: false, connectionLost: true, e),
        _ => null,
    };

    /// <summary>Every recipient refused: permanent when every refusal is (5xx), otherwise tried again later.</summary>
    private MailDeliveryException AllRecipientsRefused(Exception e)
    {
        var permanent = _client.Refused.All(r => (int)r.Response.StatusCode >= 500);
        return new MailDeliveryException(
            $"Máy chủ SMTP {(permanent ? "từ chối mọi người nhận của thư" : "tạm thời chưa nhận thư cho người nhận nào")}: {string.Join("; ", Refused())}",
            permanent, connectionLost: !_client.IsConnected, e);
    }

    private IEnumerable<string> Refused() => _client.Refused.Select(r => $"{r.Mailbox.Address} ({Reply(r.Response.StatusCode, r.Response.Response)})");

    private static string Reply(SmtpStatusCode code, string text) => $"{(int)code} {text.Trim()}";

    private static string Sentence(string text) => text.Trim().TrimEnd('.') + ".";

    /// <summary>MailKit aborts the whole mail at the first refused recipient unless this hook records it instead.</summary>
    private sealed class RecipientRecordingClient : SmtpClient
    {
        public List<(MailboxAddress Mailbox, SmtpResponse Response)> Refused { get; } = [];

        protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
            Refused.Add((mailbox, response));
    }
}
