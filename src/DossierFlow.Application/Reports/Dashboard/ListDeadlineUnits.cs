using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// The units behind a deadline number of the dashboard (on time, late, or missing): the movement page's deadline
/// progress (<see cref="DeadlineProgress"/>, 50 units a page by name), for the dashboard's readers.
/// </summary>
public sealed class ListDeadlineUnits(IAppDb db, DeadlineProgress progress, TimeProvider clock) : IUseCase
{
    public async Task<(DashboardScope Scope, DeadlineProgressRow Row)> HandleAsync(Actor actor, string? movement, string? year, string? deadline,
        DeadlineStanding standing, int page, CancellationToken ct = default)
    {
        var scope = await DashboardScope.ResolveAsync(db, actor, movement, year, VietnameseFormat.Today(clock), ct);
        if (scope.Movement.Deadlines.All(d => d.Code != deadline))
            throw new DomainException("dashboard-deadline-unknown", "Phong trào không có thời hạn đã chọn.");
        var rows = await progress.HandleAsync(scope.Movement.Id, scope.Year, Enum.IsDefined(standing) ? standing : DeadlineStanding.Missing, page, ct);
        return (scope, rows.FirstOrDefault(r => r.Deadline.Code == deadline)
            ?? throw new DomainException("dashboard-deadline-no-date", $"Thời hạn đã chọn không áp dụng cho năm {scope.Year}."));
    }
}
