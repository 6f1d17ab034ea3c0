using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Consolidated;

/// <summary>
/// The figures of the consolidated yearly report on a movement, read for province-wide roles (Sở Nội vụ, the
/// council, the Chairman). Reports: every participant with its report of the year (on time, late, missing).
/// Proposals and awards: dossiers of the year's phases that reached Sở Nội vụ, for the awards the province decides
/// or proposes upward, their nominees by kind, and of those the nominees awarded (the dossier's final
/// <see cref="AwardedState"/>, the nominee not left out by the council, the Chairman or the central level), counted
/// in SQL. A unit's own Giấy khen stay in the unit's own report.
/// </summary>
public sealed class SummariseMovementYear(IAppDb db, WorkflowCatalog workflows) : IUseCase
{
    /// <summary>The final state of every award workflow (giay-khen, bang-khen-chu-tich-tinh, khen-thuong-cap-nha-nuoc) in which the award was given.</summary>
    public const string AwardedState = "awarded";

    public async Task<MovementYearSummary> HandleAsync(Actor actor, Guid movementId, int year, CancellationToken ct = default)
    {
        RequireReader(actor);
        var movement = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Phases)
            .FirstOrDefaultAsync(m => m.Id == movementId, ct) ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
        // A year outside the period (?Year=99999 in a link) gives the nearest year the movement has; the summary says which.
        year = Math.Clamp(year, movement.StartYear, movement.EndYear);

        var units = await UnitsAsync(movementId, year, ct);
        var awards = await AwardsAsync(movement.Phases.Where(p => p.Year == year).Select(p => p.Id).ToList(), ct);
        var due = movement.Deadlines.FirstOrDefault(d => d.Code == SweepDeadlines.UnitReport)?.DueIn(year);
        var issued = await db.ConsolidatedReports.AsNoTracking().Where(r => r.MovementId == movementId && r.Year == year)
            .Select(r => new IssuedConsolidatedReport(r.Number, r.IssuedOn, r.SignerName, r.GeneratedAt, r.Revision)).FirstOrDefaultAsync(ct);
        return new MovementYearSummary(movement.Id, movement.Title, movement.PlanNumber, movement.PlanDate, movement.StartYear, movement.EndYear,
            year, due, units, awards, await IndicatorsAsync(movementId, year, ct), issued);
    }

    public static void RequireReader(Actor actor)
    {
        if (!actor.IsProvinceWide) throw new ForbiddenException("Chỉ Sở Nội vụ, Hội đồng và lãnh đạo tỉnh xem được báo cáo tổng hợp phong trào.");
    }

    /// <summary>The participants with their report of the year, in one join; ordered by standing, then name.</summary>
    private async Task<List<UnitReportLine>> UnitsAsync(Guid movementId, int year, CancellationToken ct)
    {
        var rows = await (from p in db.Movements.AsNoTracking().Where(m => m.Id == movementId).SelectMany(m => m.Participants)
                          join o in db.Organisations on p.OrganisationId equals o.Id
                          join r in db.MovementReports.Where(r => r.MovementId == movementId && r.Year == year) on o.Id equals r.OrganisationId into reports
                          from r in reports.DefaultIfEmpty()
                          select new
                          {
                              o.Id, o.Code, o.Name, o.Kind,
                              SubmittedAt = r == null ? null : r.SubmittedAt,
                              Late = r != null && r.SubmittedLate,
                              WorkflowId = r == null ? null : r.WorkflowId,
                              WorkflowVersion = r == null ? 0 : r.WorkflowVersion,
                              State = r == null ? null : r.State,
                          }).ToListAsync(ct);
        var names = StringComparer.Create(VietnameseFormat.Culture, false);
        return rows.Select(r => new UnitReportLine(r.Id, r.Code, r.Name, r.Kind,
                r.SubmittedAt is null ? ReportStanding.Missing : r.Late ? ReportStanding.Late : ReportStanding.OnTime, r.SubmittedAt,
                r.WorkflowId is null || r.State is null ? null : workflows.StateTitle(r.WorkflowId, r.WorkflowVersion, r.State)))
            .OrderBy(u => u.Standing).ThenBy(u => u.Name, names).ToList();
    }

    /// <summary>
    /// The latest version of each report's indicators, grouped by the subject type of its unit: per indicator how many
    /// units gave it, the sum of household counts, the mean of rates, and the lowest and highest value. Values are
    /// decimals, which SQLite cannot add up in SQL, so the year's sets (one per report and version, at most a few
    /// thousand rows) are read and aggregated here.
    /// </summary>
    private async Task<List<IndicatorGroup>> IndicatorsAsync(Guid movementId, int year, CancellationToken ct)
    {
        var sets = await (from set in db.ReportIndicators.AsNoTracking()
                          join r in db.MovementReports on set.ReportId equals r.Id
                          join o in db.Organisations on r.OrganisationId equals o.Id
                          where r.MovementId == movementId && r.Year == year
                          select new { set.ReportId, set.Version, o.Kind, Values = set.Values.Select(v => new { v.Code, v.Value }).ToList() })
            .ToListAsync(ct);
        var latest = sets.GroupBy(s => s.ReportId).Select(g => g.MaxBy(s => s.Version)!);
        return latest.GroupBy(s => TypeOf(s.Kind))
            .OrderBy(g => SubjectTypes.All.ToList().FindIndex(t => t.Code == g.Key))
            .Select(g => new IndicatorGroup(SubjectTypes.Name(g.Key), g.Count(), IndicatorCatalogue.All
                .Select(d => (Definition: d, Values: g.SelectMany(s => s.Values).Where(v => v.Code == d.Code).Select(v => v.Value).ToList()))
                .Where(x => x.Values.Count > 0)
                .Select(x => new IndicatorAggregate(x.Definition.Code, x.Definition.Name, Indicators.IndicatorSheet.UnitName(x.Definition.Unit), x.Values.Count,
                    x.Definition.Unit == IndicatorUnit.Households ? x.Values.Sum() : null,
                    x.Definition.Unit == IndicatorUnit.Households ? null : Math.Round(x.Values.Average(), 2, MidpointRounding.AwayFromZero),
                    x.Values.Min(), x.Values.Max()))
                .ToList()))
            .ToList();
    }

    /// <summary>The subject type a reporting unit is, by its kind (the criteria files' types).</summary>
    public static string TypeOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.ProvincialPeopleCommittee => SubjectTypes.Province,
        OrganisationKind.DistrictPeopleCommittee => SubjectTypes.District,
        OrganisationKind.CommunePeopleCommittee => SubjectTypes.Commune,
        OrganisationKind.Enterprise => SubjectTypes.Enterprise,
        _ => SubjectTypes.Department,
    };

    private async Task<List<AwardLine>> AwardsAsync(List<Guid> phases, CancellationToken ct)
    {
        var dossiers = db.Dossiers.AsNoTracking().Where(d => phases.Contains(d.PhaseId) && d.SubmittedAt != null);
        var perAward = await dossiers.GroupBy(d => d.AwardTypeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // The nominees and the "awarded" rule as the movement dashboard counts them (one definition for both).
        var nominees = await Dashboard.DashboardNominees.Of(db, phases)
            .GroupBy(x => new { x.AwardTypeId, x.Kind, x.Awarded })
            .Select(g => new { g.Key.AwardTypeId, g.Key.Kind, g.Key.Awarded, Count = g.Count() }).ToListAsync(ct);
        var ids = perAward.Select(a => a.Key).ToList();
        var types = await db.AwardTypes.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Level != AwardLevel.Unit)
            .Select(a => new { a.Id, a.Name, a.Level }).ToListAsync(ct);
        NomineeCounts Count(Guid award, bool awardedOnly)
        {
            int Of(NomineeKind kind) => nominees.Where(n => n.AwardTypeId == award && n.Kind == kind && (!awardedOnly || n.Awarded)).Sum(n => n.Count);
            return new NomineeCounts(Of(NomineeKind.Collective), Of(NomineeKind.Individual), Of(NomineeKind.Household));
        }
        return types.OrderBy(t => t.Level).ThenBy(t => t.Name, StringComparer.Create(VietnameseFormat.Culture, false))
            .Select(t => new AwardLine(t.Name, t.Level, perAward.First(a => a.Key == t.Id).Count, Count(t.Id, false), Count(t.Id, true)))
            .ToList();
    }
}
