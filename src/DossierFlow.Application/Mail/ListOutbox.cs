using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Mail;

public sealed record OutboxRow(Guid Id, string Key, string To, string Subject, OutboxStatus Status, int Attempts, DateTime CreatedAt,
    DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

/// <summary>The outbox for admins: pending, sent and dead mails, newest first; a dead mail can be sent again.</summary>
public sealed class ListOutbox(IAppDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<(Page<OutboxRow> Page, IReadOnlyDictionary<OutboxStatus, int> Counts)> HandleAsync(Actor actor, OutboxStatus? status, string? to, int pageNumber, CancellationToken ct = default, string? key = null)
    {
        actor.RequireAny(Roles.Admin);
        var query = db.Outbox.AsNoTracking();
        if (status is { } s) query = query.Where(m => m.Status == s);
        if (!string.IsNullOrWhiteSpace(to)) query = query.Where(m => m.ToAddresses.Contains(to.Trim()));
        if (!string.IsNullOrWhiteSpace(key)) query = query.Where(m => m.IdempotencyKey.Contains(key.Trim()));
        var counts = await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var page = Page<OutboxRow>.Clamp(pageNumber);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(m => m.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.IdempotencyKey, m.ToAddresses, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToListAsync(ct);
        return (new Page<OutboxRow>(rows, page, PageSize, total), counts);
    }

    public async Task ResendAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy thư.");
        message.Resend(clock.GetUtcNow().UtcDateTime);
    }
}
