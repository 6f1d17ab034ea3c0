using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Mail;

public sealed record DispatchResult(int Sent, int Retrying, int Dead);

/// <summary>
/// Sends the mails that are due, oldest first, and records each outcome at once: a crash after a send can repeat
/// that one mail (at-least-once), never lose it. The Message-ID set when the mail was queued lets a receiver
/// recognise a repeat.
/// </summary>
public sealed class DispatchOutbox(IAppDb db, IMailSender sender, IOptions<MailOptions> options, TimeProvider clock)
{
    public Task<bool> AnyDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now, ct);
    }

    /// <summary>Dispatches batch after batch until a batch sends nothing more (mails waiting for a retry stay).</summary>
    public async Task<DispatchResult> DispatchAllAsync(CancellationToken ct = default)
    {
        var total = new DispatchResult(0, 0, 0);
        DispatchResult batch;
        do
        {
            batch = await HandleAsync(ct: ct);
            total = new DispatchResult(total.Sent + batch.Sent, total.Retrying + batch.Retrying, total.Dead + batch.Dead);
        }
        while (batch.Sent + batch.Dead > 0 && !ct.IsCancellationRequested);
        return total;
    }

    public async Task<DispatchResult> HandleAsync(int batchSize = 20, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(batchSize).ToListAsync(ct);
        int sent = 0, retrying = 0, dead = 0;
        foreach (var message in due)
        {
            try
            {
                await sender.SendAsync(message, ct);
                message.Sent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (MailDeliveryException e)
            {
                message.Failed(clock.GetUtcNow().UtcDateTime, e.Message, e.Permanent, options.Value.MaxAttempts, options.Value.RetryBaseSeconds,
                    (Random.Shared.NextDouble() - 0.5) * 0.4);
                if (message.Status == OutboxStatus.Dead) dead++; else retrying++;
            }
            await db.SaveChangesAsync(ct);
        }
        return new DispatchResult(sent, retrying, dead);
    }
}
