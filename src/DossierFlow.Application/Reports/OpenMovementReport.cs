using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports;

/// <summary>A unit's clerk opens the unit's report on a movement for a year, or finds the one already open.</summary>
public sealed class OpenMovementReport(IAppDb db, WorkflowCatalog workflows, TimeProvider clock) : IUseCase
{
    public const string WorkflowId = "bao-cao-phong-trao-hang-nam";

    public async Task<Guid> HandleAsync(Actor actor, Guid movementId, int year, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.UnitClerk);
        var existing = await db.MovementReports.Where(r => r.MovementId == movementId && r.OrganisationId == actor.OrganisationId && r.Year == year)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return id;
        var movement = await db.Movements.Include(m => m.Participants).FirstOrDefaultAsync(m => m.Id == movementId, ct)
            ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
        var organisation = await db.Organisations.FirstAsync(o => o.Id == actor.OrganisationId, ct);
        var report = MovementReport.Create(movement, organisation, year, workflows.Latest(WorkflowId), clock.GetUtcNow().UtcDateTime, actor.UserId);
        db.MovementReports.Add(report);
        return report.Id;
    }
}
