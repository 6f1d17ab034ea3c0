using DossierFlow.Application.Common;
using DossierFlow.Application.Reports.Consolidated;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>One nominee as the dashboard counts and lists it (a projection the database filters, groups and pages).</summary>
internal sealed class NomineeFact
{
    public Guid PhaseId { get; init; }
    public Guid DossierId { get; init; }
    public string DossierCode { get; init; } = "";
    public Guid AwardTypeId { get; init; }
    public string AwardName { get; init; } = "";
    public OrganisationKind UnitKind { get; init; }
    public string UnitName { get; init; } = "";
    public Guid NomineeId { get; init; }
    public string Name { get; init; } = "";
    public NomineeKind Kind { get; init; }
    public bool? CouncilRecommended { get; init; }
    public bool Passed { get; init; }
    public bool Awarded { get; init; }
}

/// <summary>
/// The one definition of the nominees the dashboard counts, shared by its numbers and the lists behind them: the
/// nominees of dossiers of the given phases that reached Sở Nội vụ, for the awards the province decides or proposes
/// upward (a unit's own Giấy khen stay in the unit's report, as in the consolidated report). Passed: recommended by
/// the provincial council. Awarded: the dossier's final state is "awarded" and nobody left the nominee out — the
/// rule the consolidated report counts by too (<see cref="SummariseMovementYear.AwardedState"/>).
/// </summary>
internal static class DashboardNominees
{
    public static IQueryable<NomineeFact> Of(IAppDb db, IReadOnlyList<Guid> phases) =>
        from d in db.Dossiers.AsNoTracking()
        where phases.Contains(d.PhaseId) && d.SubmittedAt != null
        join a in db.AwardTypes on d.AwardTypeId equals a.Id
        where a.Level != AwardLevel.Unit
        join o in db.Organisations on d.ProposingOrganisationId equals o.Id
        from n in d.Nominees
        select new NomineeFact
        {
            PhaseId = d.PhaseId,
            DossierId = d.Id,
            DossierCode = d.Code,
            AwardTypeId = d.AwardTypeId,
            AwardName = a.Name,
            UnitKind = o.Kind,
            UnitName = o.Name,
            NomineeId = n.Id,
            Name = n.Name,
            Kind = n.Kind,
            CouncilRecommended = n.CouncilRecommended,
            Passed = n.CouncilRecommended == true,
            Awarded = d.State == SummariseMovementYear.AwardedState && n.CouncilRecommended != false && n.ChairmanApproved != false && n.CentralAwarded != false,
        };

    public static IQueryable<NomineeFact> At(this IQueryable<NomineeFact> nominees, NomineeStage stage) => stage switch
    {
        NomineeStage.Passed => nominees.Where(n => n.Passed),
        NomineeStage.Awarded => nominees.Where(n => n.Awarded),
        _ => nominees,
    };

    /// <summary>Counts per award, unit kind and phase, with the stage flags: a few hundred groups whatever the number of nominees.</summary>
    public static async Task<List<NomineeGroup>> GroupsAsync(IQueryable<NomineeFact> nominees, CancellationToken ct) =>
        await nominees.GroupBy(n => new { n.PhaseId, n.AwardTypeId, n.AwardName, n.UnitKind, n.Passed, n.Awarded })
            .Select(g => new NomineeGroup(g.Key.PhaseId, g.Key.AwardTypeId, g.Key.AwardName, g.Key.UnitKind, g.Key.Passed, g.Key.Awarded, g.Count()))
            .ToListAsync(ct);
}

internal sealed record NomineeGroup(Guid PhaseId, Guid AwardTypeId, string AwardName, OrganisationKind UnitKind, bool Passed, bool Awarded, int Count);
