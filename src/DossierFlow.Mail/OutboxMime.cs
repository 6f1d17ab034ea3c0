using System.Text;
using DossierFlow.Application.Mail;
using MimeKit;

namespace DossierFlow.Mail;

/// <summary>
/// The MIME form of an outbox row: UTF-8 subject and names (RFC 2047/2231), a base64 UTF-8 body, the attachment
/// if any, the row's own Message-ID (so a receiver recognises a repeat) and its creation time as Date.
/// </summary>
public static class OutboxMime
{
    // Rejects "user" without a domain: such an address would only bounce later, after the mail left.
    private static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false };

    /// <exception cref="MailDeliveryException">Permanent: a malformed address never becomes valid.</exception>
    public static MimeMessage Build(OutboxMessage message, string from)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId.Trim('<', '>'),
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)),
        };
        mime.From.Add(Address(from, "Mail:From"));
        foreach (var to in message.ToAddresses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            mime.To.Add(Address(to, "người nhận"));
        if (mime.To.Count == 0) throw new MailDeliveryException("Thư không có người nhận.", permanent: true);

        var text = new TextPart(MimeKit.Text.TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText(Encoding.UTF8, message.Body);
        if (message.AttachmentContent is not { } content)
        {
            mime.Body = text;
            return mime;
        }
        var attachment = new MimePart(ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"))
        {
            Content = new MimeContent(new MemoryStream(content)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = message.AttachmentName,
        };
        mime.Body = new Multipart("mixed") { text, attachment };
        return mime;
    }

    private static MailboxAddress Address(string text, string what)
    {
        try
        {
            return MailboxAddress.Parse(Strict, text);
        }
        catch (ParseException)
        {
            throw new MailDeliveryException($"Địa chỉ thư không hợp lệ ({what}): \"{text}\".", permanent: true);
        }
    }
}
