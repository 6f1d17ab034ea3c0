using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record InboxFilter(Guid? MovementId = null, string? State = null, Guid? OrganisationId = null, bool OverdueOnly = false, int Page = 1);

public sealed record InboxRow(Guid Id, string ProposerName, string MovementTitle, string AwardName, string StateTitle,
    DateTime? SubmittedAt, bool SubmittedLate, int? DaysLeft, bool Paused);

/// <summary>
/// The dossiers a holder has to act on (Sở Nội vụ: received and being appraised), overdue first, then by the
/// fewest working days left. The set held at one place is small, so the working days are counted in memory.
/// </summary>
public sealed class ListInbox(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<InboxRow>> HandleAsync(Actor actor, string holder, InboxFilter filter, CancellationToken ct = default)
    {
        if (!actor.IsProvinceWide) throw new ForbiddenException("Hộp hồ sơ chỉ dành cho Sở Nội vụ, Hội đồng và lãnh đạo tỉnh.");
        var held = workflows.All.SelectMany(w => w.States.Values.Where(s => s.IsHeldBy(holder))
            .Select(s => (w.Id, w.Version, s.Name))).ToHashSet();
        var stateNames = held.Select(h => h.Name).Distinct().ToList();
        var query = db.Dossiers.AsNoTracking().Where(d => stateNames.Contains(d.State));
        if (filter.MovementId is { } m) query = query.Where(d => d.MovementId == m);
        if (filter.OrganisationId is { } o) query = query.Where(d => d.ProposingOrganisationId == o);
        if (!string.IsNullOrEmpty(filter.State)) query = query.Where(d => d.State == filter.State);

        var rows = await (from d in query
                          join mv in db.Movements on d.MovementId equals mv.Id
                          join org in db.Organisations on d.ProposingOrganisationId equals org.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          select new { d.Id, d.WorkflowId, d.WorkflowVersion, d.State, d.SubmittedAt, d.SubmittedLate, d.Clock, Proposer = org.Name, Movement = mv.Title, Award = a.Name })
            .ToListAsync(ct);
        var today = VietnameseFormat.Today(clock);
        var inbox = rows.Where(r => held.Contains((r.WorkflowId, r.WorkflowVersion, r.State)))
            .Select(r => new InboxRow(r.Id, r.Proposer, r.Movement, r.Award, workflows.StateTitle(r.WorkflowId, r.WorkflowVersion, r.State),
                r.SubmittedAt, r.SubmittedLate, r.Clock.DaysLeft(today, calendar), r.Clock.IsPaused))
            .Where(r => !filter.OverdueOnly || r.DaysLeft < 0)
            .OrderBy(r => r.DaysLeft ?? int.MaxValue).ThenBy(r => r.SubmittedAt)
            .ToList();
        var page = Page<InboxRow>.Clamp(filter.Page);
        return new Page<InboxRow>(inbox.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, inbox.Count);
    }
}
