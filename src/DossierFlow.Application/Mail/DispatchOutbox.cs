using System.Linq.Expressions;
using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Mail;

public sealed record DispatchResult(int Sent, int Retrying, int Dead);

/// <summary>
/// Sends the mails that are due, oldest first, a batch at a time over one connection. Each batch is first
/// claimed with a conditional UPDATE (status Sending, this batch's id, a lease), so dispatchers running at
/// once (two nodes, an operator command beside the app's job) never send the same mail; a lease that ended
/// (a crashed dispatcher) is taken over. Outcomes are recorded only while the claim is still ours: the mails
/// delivered cleanly together in one UPDATE when the batch ends, a failure or a partial delivery at once. A crash
/// before the batch's record can repeat its delivered mails (at-least-once), never lose one. The Message-ID set
/// when the mail was queued lets a receiver recognise a repeat.
/// </summary>
public sealed class DispatchOutbox(IAppDb db, IMailSender sender, IOptions<MailOptions> options, TimeProvider clock)
{
    private static readonly string Node = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}";

    public Task<bool> AnyDueAsync(CancellationToken ct = default) => db.Outbox.AnyAsync(Claimable(Now()), ct);

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
        var claim = $"{Node}/{Guid.NewGuid():N}";
        var batch = await ClaimAsync(claim, batchSize, ct);
        if (batch.Count == 0) return new DispatchResult(0, 0, 0);
        var settings = options.Value;
        // A mail is started only while the lease outlasts its longest send, so no other dispatcher can take it meanwhile.
        var longestSend = TimeSpan.FromSeconds(2 * settings.SmtpTimeoutSeconds);
        int sent = 0, retrying = 0, dead = 0, recorded = 0;
        var delivered = new List<Guid>();
        try
        {
            IMailSession session;
            try
            {
                session = await sender.OpenAsync(ct);
            }
            catch (MailServerUnavailableException e)
            {
                foreach (var message in batch)
                {
                    message.ServerUnavailable(Now(), e.Message, settings.RetryBaseSeconds, Jitter());
                    await RecordAsync(message, claim);
                    recorded++;
                }
                return new DispatchResult(0, batch.Count, 0);
            }
            await using (session)
            {
                foreach (var message in batch)
                {
                    if (Now() + longestSend > message.LeaseUntil) break;
                    var connectionLost = false;
                    try
                    {
                        var refused = await session.SendAsync(message, ct);
                        sent++;
                        if (refused.Count == 0)
                        {
                            delivered.Add(message.Id);
                            recorded++;
                            continue;
                        }
                        message.Sent(Now(), $"Đã gửi cho những người nhận khác; máy chủ từ chối: {string.Join("; ", refused)}");
                    }
                    catch (MailDeliveryException e)
                    {
                        message.Failed(Now(), e.Message, e.Permanent, settings.MaxAttempts, settings.RetryBaseSeconds, Jitter());
                        if (message.Status == OutboxStatus.Dead) dead++; else retrying++;
                        connectionLost = e.ConnectionLost;
                    }
                    await RecordAsync(message, claim);
                    recorded++;
                    if (connectionLost) break;
                }
            }
        }
        finally
        {
            if (delivered.Count > 0) await RecordDeliveredAsync(delivered, claim);
            // Claimed but not tried (lost connection, lease running out, shutdown, an error): due again at once,
            // rather than waiting for the lease to end.
            var untried = batch.Skip(recorded).Select(m => m.Id).ToList();
            if (untried.Count > 0)
                await db.Outbox.Where(m => untried.Contains(m.Id) && m.Status == OutboxStatus.Sending && m.ClaimedBy == claim)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.LeaseUntil, (DateTime?)null), CancellationToken.None);
        }
        return new DispatchResult(sent, retrying, dead);
    }

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due mails for this batch. The UPDATE repeats the due condition,
    /// so of two dispatchers that picked the same rows only one changes each row (PostgreSQL re-checks the
    /// condition after the row lock; SQLite runs one writer at a time). When another dispatcher took every
    /// candidate first, the next due mails are tried.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(string claim, int batchSize, CancellationToken ct)
    {
        while (true)
        {
            var now = Now();
            var candidates = await db.Outbox.Where(Claimable(now)).OrderBy(m => m.NextAttemptAt).Take(batchSize).Select(m => m.Id).ToListAsync(ct);
            if (candidates.Count == 0) return [];
            var leaseUntil = now + Lease;
            var claimed = await db.Outbox.Where(m => candidates.Contains(m.Id)).Where(Claimable(now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedBy, claim)
                    .SetProperty(m => m.LeaseUntil, leaseUntil), ct);
            if (claimed > 0)
                return await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Sending && m.ClaimedBy == claim)
                    .OrderBy(m => m.NextAttemptAt).ToListAsync(CancellationToken.None);
        }
    }

    /// <summary>Writes the outcome only while the claim is still this batch's; never cancelled, so a sent mail is not left unrecorded.</summary>
    private Task<int> RecordAsync(OutboxMessage message, string claim) =>
        db.Outbox.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Sending && m.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, message.Status).SetProperty(m => m.Attempts, message.Attempts)
                .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt).SetProperty(m => m.SentAt, message.SentAt)
                .SetProperty(m => m.LastError, message.LastError).SetProperty(m => m.LeaseUntil, message.LeaseUntil), CancellationToken.None);

    /// <summary>The mails of the batch delivered to every recipient, in one statement: sent now, one more attempt.</summary>
    private Task<int> RecordDeliveredAsync(List<Guid> ids, string claim)
    {
        var now = Now();
        return db.Outbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Sending && m.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.SentAt, now).SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null),
                CancellationToken.None);
    }

    private static Expression<Func<OutboxMessage, bool>> Claimable(DateTime now) =>
        m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now);

    /// <summary>Long enough for a batch on a slow server (each mail starts only with 2 timeouts left), short enough to recover from a crash in minutes.</summary>
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(300, 4 * options.Value.SmtpTimeoutSeconds));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static double Jitter() => (Random.Shared.NextDouble() - 0.5) * 0.4;
}
