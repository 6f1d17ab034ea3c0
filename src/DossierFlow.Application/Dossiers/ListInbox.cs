using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record InboxRow(Guid Id, string Code, string ProposerName, string MovementTitle, string AwardName, string StateTitle,
    DateTime? SubmittedAt, bool SubmittedLate, int? DaysLeft, bool Paused);

/// <summary>
/// The dossiers a holder has to act on (Sở Nội vụ: received and being appraised), by SLA due date (overdue first,
/// then the nearest; those without a running clock last), then by submission. The due date is stored with the
/// clock, so the order, the overdue filter, the count and the page are all the database's; only the page's
/// working days left are counted here.
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
        var page = Page<InboxRow>.Clamp(filter.Page);
        var rows = await (from d in query.OrderBy(d => d.Clock.DueOn == null).ThenBy(d => d.Clock.DueOn).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id)
                              .Skip((page - 1) * PageSize).Take(PageSize)
                          join mv in db.Movements on d.MovementId equals mv.Id
                          join org in db.Organisations on d.ProposingOrganisationId equals org.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          select new { d.Id, d.Code, d.WorkflowId, d.WorkflowVersion, d.State, d.SubmittedAt, d.SubmittedLate, d.Clock, Proposer = org.Name, Movement = mv.Title, Award = a.Name })
            .ToListAsync(ct);
        var items = rows
            .OrderBy(r => r.Clock.DueOn is null).ThenBy(r => r.Clock.DueOn).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new InboxRow(r.Id, r.Code, r.Proposer, r.Movement, r.Award, workflows.StateTitle(r.WorkflowId, r.WorkflowVersion, r.State),
                r.SubmittedAt, r.SubmittedLate, r.Clock.DaysLeft(today, calendar), r.Clock.IsPaused))
            .ToList();
        return new Page<InboxRow>(items, page, PageSize, total);
    }
}
