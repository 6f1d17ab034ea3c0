namespace DossierFlow.Application.Mail;

/// <summary>Sending: claimed by one dispatcher until its lease ends (a lease that ended is taken over).</summary>
public enum OutboxStatus { Pending = 1, Sent = 2, Dead = 3, Sending = 4 }

/// <summary>
/// A mail waiting to be sent, written in the same transaction as the business change that caused it. The
/// idempotency key (unique) makes a second enqueue of the same mail a no-op; the dispatcher sends, retries
/// and records the outcome.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { IdempotencyKey = ToAddresses = Subject = Body = MessageId = ""; }

    public OutboxMessage(string idempotencyKey, IEnumerable<string> to, string subject, string body, DateTime now)
    {
        Id = Guid.CreateVersion7();
        IdempotencyKey = idempotencyKey;
        ToAddresses = string.Join(';', to);
        Subject = subject;
        Body = body;
        CreatedAt = now;
        NextAttemptAt = now;
        Status = OutboxStatus.Pending;
        MessageId = $"<{Id:N}@dossierflow>";
    }

    public Guid Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public string ToAddresses { get; private set; }
    public string Subject { get; private set; }
    public string Body { get; private set; }
    public string MessageId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>The dispatcher batch that claimed the mail last (machine, process, batch id).</summary>
    public string? ClaimedBy { get; private set; }
    /// <summary>While Sending: until when the claim holds; after it another dispatcher may take the mail over.</summary>
    public DateTime? LeaseUntil { get; private set; }
    /// <summary>The series a deadline mail belongs to (its movement, deadline and year; <see cref="Deadlines.DeadlineKeys"/>), indexed.</summary>
    public string? Series { get; private set; }
    /// <summary>One attached file (a calendar invitation), sent with the mail.</summary>
    public string? AttachmentName { get; private set; }
    public string? AttachmentContentType { get; private set; }
    public byte[]? AttachmentContent { get; private set; }

    public OutboxMessage InSeries(string series)
    {
        Series = series;
        return this;
    }

    public OutboxMessage WithAttachment(string name, string contentType, byte[] content)
    {
        AttachmentName = name;
        AttachmentContentType = contentType;
        AttachmentContent = content;
        return this;
    }

    /// <summary>Delivered; <paramref name="refused"/> names the recipients the server refused while it took the others.</summary>
    public void Sent(DateTime now, string? refused = null)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = Truncate(refused);
        LeaseUntil = null;
    }

    /// <summary>A temporary failure waits longer each time (exponential, with jitter); a permanent one, or too many, is dead.</summary>
    public void Failed(DateTime now, string error, bool permanent, int maxAttempts, int retryBaseSeconds, double jitter)
    {
        Attempts++;
        LastError = Truncate(error);
        LeaseUntil = null;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Dead;
            return;
        }
        Status = OutboxStatus.Pending;
        var delay = retryBaseSeconds * Math.Pow(2, Attempts - 1) * (1 + jitter);
        NextAttemptAt = now.AddSeconds(delay);
    }

    /// <summary>
    /// The server could not be reached or used (network, timeout, TLS, sign-in): the mail was not tried, so the
    /// attempt does not count towards dead; it waits one base delay and says why.
    /// </summary>
    public void ServerUnavailable(DateTime now, string error, int retryBaseSeconds, double jitter)
    {
        LastError = Truncate(error);
        LeaseUntil = null;
        Status = OutboxStatus.Pending;
        NextAttemptAt = now.AddSeconds(retryBaseSeconds * (1 + jitter));
    }

    /// <summary>An operator sends a dead mail again.</summary>
    public void Resend(DateTime now)
    {
        if (Status != OutboxStatus.Dead) throw new Domain.Common.DomainException("outbox-not-dead", "Chỉ gửi lại được thư đã thất bại.");
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private static string? Truncate(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
