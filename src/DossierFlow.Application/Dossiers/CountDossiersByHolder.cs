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

    public async Task<IReadOnlyDictionary<string, int>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide) dossiers = dossiers.Where(d => d.ProposingOrganisationId == actor.OrganisationId);
        var byState = await dossiers.GroupBy(d => new { d.WorkflowId, d.WorkflowVersion, d.State })
            .Select(g => new { g.Key.WorkflowId, g.Key.WorkflowVersion, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return byState
            .GroupBy(x => workflows.Find(x.WorkflowId, x.WorkflowVersion)?.States.GetValueOrDefault(x.State) is { } s
                ? (s.Final ? Closed : s.Holder ?? Closed) : Closed)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }
}
