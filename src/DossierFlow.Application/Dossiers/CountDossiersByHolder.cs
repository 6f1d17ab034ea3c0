using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// How many dossiers the actor may see, by who holds them now (proposing-unit, home-affairs, council,
/// chairman, central; "closed" for final states), for the home pages.
/// </summary>
public sealed class CountDossiersByHolder(IAppDb db, WorkflowCatalog workflows) : IUseCase
{
    public const string Closed = "closed";

    /// <param name="withClosed">Whether to count the closed dossiers too. Province-wide, most dossiers of past years are
    /// closed: without them only the open states' entries of the (workflow, version, state) index are counted.</param>
    public async Task<IReadOnlyDictionary<string, int>> HandleAsync(Actor actor, bool withClosed = true, CancellationToken ct = default)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide) dossiers = dossiers.Where(d => d.ProposingOrganisationId == actor.OrganisationId);
        else if (!withClosed)
        {
            // Each of the three lists is short, and together they are the index's prefix: a seek per combination.
            var open = workflows.All.SelectMany(w => w.States.Values.Where(s => !s.Final).Select(s => (w.Id, w.Version, s.Name))).ToList();
            var ids = open.Select(o => o.Id).Distinct().ToList();
            var versions = open.Select(o => o.Version).Distinct().ToList();
            var names = open.Select(o => o.Name).Distinct().ToList();
            dossiers = dossiers.Where(d => ids.Contains(d.WorkflowId) && versions.Contains(d.WorkflowVersion) && names.Contains(d.State));
        }
        var byState = await dossiers.GroupBy(d => new { d.WorkflowId, d.WorkflowVersion, d.State })
            .Select(g => new { g.Key.WorkflowId, g.Key.WorkflowVersion, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return byState
            .GroupBy(x => workflows.Find(x.WorkflowId, x.WorkflowVersion)?.States.GetValueOrDefault(x.State) is { } s
                ? (s.Final ? Closed : s.Holder ?? Closed) : Closed)
            .Where(g => withClosed || g.Key != Closed)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }
}
