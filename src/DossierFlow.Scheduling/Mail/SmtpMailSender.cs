using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using DossierFlow.Application.Mail;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Mail;

/// <summary>
/// Sends with System.Net.Mail.SmtpClient (STARTTLS and credentials from configuration), UTF-8 subject and body,
/// the outbox row's Message-ID. With no SMTP host configured, writes an .eml file to the pickup folder instead.
/// 4xx replies and network errors are temporary; 5xx replies are permanent.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        MailMessage mail;
        try
        {
            mail = Build(message, settings.From);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // A malformed address never becomes valid: dead at once, so it cannot block the mails queued behind it.
            throw new MailDeliveryException($"invalid address: {e.Message}", permanent: true, e);
        }
        using var _ = mail;
        using var client = Client(settings);
        try
        {
            await client.SendMailAsync(mail, ct);
        }
        catch (SmtpException e)
        {
            throw new MailDeliveryException($"{(int)e.StatusCode} {e.Message}", Permanent(e.StatusCode), e);
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
        {
            throw new MailDeliveryException(e.Message, permanent: false, e);
        }
    }

    public static MailMessage Build(OutboxMessage message, string from)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(from),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
        };
        foreach (var address in message.ToAddresses.Split(';', StringSplitOptions.RemoveEmptyEntries)) mail.To.Add(address);
        if (message.AttachmentContent is { } content)
            mail.Attachments.Add(new Attachment(new MemoryStream(content), new System.Net.Mime.ContentType(message.AttachmentContentType!) { Name = message.AttachmentName }));
        // SmtpClient sets none; receivers use it to recognise a repeat after an at-least-once retry.
        mail.Headers.Add("Message-ID", message.MessageId);
        return mail;
    }

    private static SmtpClient Client(MailOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupFolder);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }
        var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpStartTls, Timeout = 30_000 };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        return client;
    }

    private static bool Permanent(SmtpStatusCode code) => (int)code >= 500;
}
