using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record InboxRow(Guid Id, string Code, string ProposerName, string MovementTitle, string AwardName, string StateTitle,
    DateTime? SubmittedAt, bool SubmittedLate, int? DaysLeft, bool Paused);

/// <summary>
/// The dossiers a holder has to act on (Sở Nội vụ: received and being appraised), by SLA due date (overdue first,
/// then the nearest; those without a running clock last), then by submission. The due date is stored with the
/// clock, so the order, the overdue filter, the count and the page are all the database's; only the page's
/// working days left are counted here. Deep pages by key: each page gives the token of the next (<see cref="ListCursor"/>).
/// </summary>
public sealed class ListInbox(IAppDb db, IDossierSearch search, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<InboxRow>> HandleAsync(Actor actor, string holder, DossierFilter filter, CancellationToken ct = default)
    {
        if (!actor.IsProvinceWide) throw new ForbiddenException("Hộp hồ sơ chỉ dành cho Sở Nội vụ, Hội đồng và lãnh đạo tỉnh.");
        var today = VietnameseFormat.Today(clock);
        var query = db.Dossiers.AsNoTracking().HeldBy(workflows, holder).Where(filter, db, search, today);

        var total = await query.CountAsync(ct);
        var cursor = ListCursor.Decode(filter.After);
        var page = cursor is null ? Page<InboxRow>.Clamp(filter.Page) : cursor.Page + 1;
        var window = cursor is null ? Ordered(query).Skip((page - 1) * PageSize).Take(PageSize) : Ordered(After(query, cursor)).Take(PageSize);
        // The page's ids first, then their rows: the order and the ids come from the index on (state, due date,
        // submitted at, id) alone, so only the page's 25 rows are read from the table, not every held dossier's.
        var ids = await window.Select(d => d.Id).ToListAsync(ct);
        var rows = ids.Count == 0 ? [] : await (from d in db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
                          join mv in db.Movements on d.MovementId equals mv.Id
                          join org in db.Organisations on d.ProposingOrganisationId equals org.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          select new { d.Id, d.Code, d.WorkflowId, d.WorkflowVersion, d.State, d.SubmittedAt, d.SubmittedLate, d.Clock, Proposer = org.Name, Movement = mv.Title, Award = a.Name })
            .ToListAsync(ct);
        var sorted = rows
            .OrderBy(r => r.Clock.DueOn is null).ThenBy(r => r.Clock.DueOn).ThenBy(r => r.SubmittedAt is null).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToList();
        var next = sorted.Count == PageSize && page * PageSize < total
            ? new ListCursor(page, sorted[^1].Clock.DueOn, sorted[^1].SubmittedAt, sorted[^1].Id).Encode() : null;
        var items = sorted
            .Select(r => new InboxRow(r.Id, r.Code, r.Proposer, r.Movement, r.Award, workflows.StateTitle(r.WorkflowId, r.WorkflowVersion, r.State),
                r.SubmittedAt, r.SubmittedLate, r.Clock.DaysLeft(today, calendar), r.Clock.IsPaused))
            .ToList();
        return new Page<InboxRow>(items, page, PageSize, total, next);
    }

    /// <summary>Overdue first, then the nearest due; no running clock last; then by submission (never submitted last), then id.</summary>
    private static IOrderedQueryable<Dossier> Ordered(IQueryable<Dossier> query) =>
        query.OrderBy(d => d.Clock.DueOn == null).ThenBy(d => d.Clock.DueOn).ThenBy(d => d.SubmittedAt == null).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id);

    /// <summary>The rows after the cursor's in <see cref="Ordered"/>: the SQL of "(due, submitted, id) > cursor" with its nulls last.</summary>
    private static IQueryable<Dossier> After(IQueryable<Dossier> query, ListCursor cursor)
    {
        var (id, at) = (cursor.Id, cursor.At);
        if (cursor.Day is { } due)
            return at is { } submitted
                ? query.Where(d => d.Clock.DueOn == null || d.Clock.DueOn > due || (d.Clock.DueOn == due
                    && (d.SubmittedAt == null || d.SubmittedAt > submitted || (d.SubmittedAt == submitted && d.Id.CompareTo(id) > 0))))
                : query.Where(d => d.Clock.DueOn == null || d.Clock.DueOn > due || (d.Clock.DueOn == due && d.SubmittedAt == null && d.Id.CompareTo(id) > 0));
        return at is { } since
            ? query.Where(d => d.Clock.DueOn == null && (d.SubmittedAt == null || d.SubmittedAt > since || (d.SubmittedAt == since && d.Id.CompareTo(id) > 0)))
            : query.Where(d => d.Clock.DueOn == null && d.SubmittedAt == null && d.Id.CompareTo(id) > 0);
    }
}
