using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// The movement the dashboard opens on when the link names none: of the movements whose period covers this year, the
/// one with the most dossiers (counted on the movement index, for those movements only); else the newest.
/// </summary>
public sealed class DefaultDashboardMovement(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task<Guid?> HandleAsync(CancellationToken ct = default)
    {
        var year = VietnameseFormat.Today(clock).Year;
        return await db.Movements.AsNoTracking()
            .OrderByDescending(m => m.StartYear <= year && m.EndYear >= year ? db.Dossiers.Count(d => d.MovementId == m.Id) + 1 : 0)
            .ThenByDescending(m => m.StartYear).ThenBy(m => m.Title)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
    }
}
