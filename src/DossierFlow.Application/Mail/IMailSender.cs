namespace DossierFlow.Application.Mail;

/// <summary>Delivers one outbox message: by SMTP, or as an .eml file when no server is configured.</summary>
public interface IMailSender
{
    /// <exception cref="MailDeliveryException">The mail could not be delivered now (temporary) or ever (permanent).</exception>
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

public sealed class MailDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
