namespace DossierFlow.Application.Mail;

/// <summary>Delivers outbox messages: by SMTP, or as .eml files when no server is configured.</summary>
public interface IMailSender
{
    /// <summary>Opens one connection (or the pickup folder) for a batch of mails.</summary>
    /// <exception cref="MailServerUnavailableException">The server cannot be reached or used now: no mail was tried.</exception>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

/// <summary>One open connection: sends mail after mail, and closes when disposed.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>Sends one mail; returns the recipients the server refused while it accepted the others (empty when all were accepted).</summary>
    /// <exception cref="MailDeliveryException">This mail could not be delivered now (temporary) or ever (permanent).</exception>
    Task<IReadOnlyList<string>> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>A mail was not delivered. <see cref="ConnectionLost"/>: the session cannot send the mails after it.</summary>
public sealed class MailDeliveryException(string message, bool permanent, bool connectionLost = false, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
    public bool ConnectionLost { get; } = connectionLost;
}

/// <summary>The mail server could not be reached or refused the session (network, timeout, TLS, sign-in): not the mails' fault.</summary>
public sealed class MailServerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
