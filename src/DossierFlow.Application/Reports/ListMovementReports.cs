using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports;

public sealed record ReportRow(Guid Id, string MovementTitle, int Year, string OrganisationName, string StateTitle,
    DateTime? SubmittedAt, bool SubmittedLate, DateTime UpdatedAt);

/// <summary>Yearly reports the actor may see: a unit's own, or every unit's for province-wide roles.</summary>
public sealed class ListMovementReports(IAppDb db, WorkflowCatalog workflows) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<ReportRow>> HandleAsync(Actor actor, Guid? movementId, int? year, int pageNumber, CancellationToken ct = default)
    {
        var reports = db.MovementReports.AsNoTracking();
        if (!actor.IsProvinceWide) reports = reports.Where(r => r.OrganisationId == actor.OrganisationId);
        if (movementId is { } m) reports = reports.Where(r => r.MovementId == m);
        if (year is { } y) reports = reports.Where(r => r.Year == y);
        var total = await reports.CountAsync(ct);
        var page = Page<ReportRow>.Clamp(pageNumber);
        var rows = await (from r in reports
                          join mv in db.Movements on r.MovementId equals mv.Id
                          join o in db.Organisations on r.OrganisationId equals o.Id
                          orderby r.UpdatedAt descending
                          select new { r.Id, mv.Title, r.Year, o.Name, r.WorkflowId, r.WorkflowVersion, r.State, r.SubmittedAt, r.SubmittedLate, r.UpdatedAt })
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Page<ReportRow>(rows.Select(r => new ReportRow(r.Id, r.Title, r.Year, r.Name,
            workflows.StateTitle(r.WorkflowId, r.WorkflowVersion, r.State), r.SubmittedAt, r.SubmittedLate, r.UpdatedAt)).ToList(), page, PageSize, total);
    }
}
