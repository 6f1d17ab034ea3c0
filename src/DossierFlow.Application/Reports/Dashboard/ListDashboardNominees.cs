using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <param name="Award">An award type's id, as the dashboard's link gives it (empty: every award).</param>
/// <param name="UnitKind">A kind of unit's name (<see cref="OrganisationKind"/>; empty: every kind).</param>
public sealed record DashboardNomineeQuery(string? Movement, string? Year, string? Award = null, string? UnitKind = null,
    NomineeStage Stage = NomineeStage.Proposed, int Page = 1);

/// <summary>
/// The nominees behind a nominee number of the dashboard: the same projection the number counted
/// (<see cref="DashboardNominees"/>), narrowed the same way, counted, ordered and paged in the database.
/// </summary>
public sealed class ListDashboardNominees(IAppDb db, TimeProvider clock) : IUseCase
{
    public const int PageSize = 50;

    public async Task<(DashboardScope Scope, Page<DashboardNomineeRow> Rows)> HandleAsync(Actor actor, DashboardNomineeQuery query, CancellationToken ct = default)
    {
        var scope = await DashboardScope.ResolveAsync(db, actor, query.Movement, query.Year, VietnameseFormat.Today(clock), ct);
        var nominees = DashboardNominees.Of(db, scope.Phases).At(Enum.IsDefined(query.Stage) ? query.Stage : NomineeStage.Proposed);
        if (!string.IsNullOrEmpty(query.Award))
        {
            if (!Guid.TryParse(query.Award, out var award)) throw new DomainException("dashboard-award-unknown", "Không tìm thấy hình thức khen thưởng đã chọn.");
            nominees = nominees.Where(n => n.AwardTypeId == award);
        }
        if (!string.IsNullOrEmpty(query.UnitKind))
        {
            if (!Enum.TryParse<OrganisationKind>(query.UnitKind, out var kind) || !Enum.IsDefined(kind) || int.TryParse(query.UnitKind, out _))
                throw new DomainException("dashboard-unit-kind-unknown", "Không có loại đơn vị đã chọn.");
            nominees = nominees.Where(n => n.UnitKind == kind);
        }
        var total = await nominees.CountAsync(ct);
        var page = Page<DashboardNomineeRow>.Clamp(query.Page);
        var rows = await nominees.OrderBy(n => n.DossierCode).ThenBy(n => n.NomineeId).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new DashboardNomineeRow(n.DossierId, n.DossierCode, n.Name, n.Kind, n.UnitName, n.UnitKind, n.AwardName, n.CouncilRecommended, n.Awarded))
            .ToListAsync(ct);
        return (scope, new Page<DashboardNomineeRow>(rows, page, PageSize, total));
    }
}
