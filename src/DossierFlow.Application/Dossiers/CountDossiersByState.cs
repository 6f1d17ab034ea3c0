using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>How many dossiers the actor may see, per workflow state, for the home pages.</summary>
public sealed class CountDossiersByState(IAppDb db)
{
    public async Task<IReadOnlyDictionary<string, int>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide) dossiers = dossiers.Where(d => d.ProposingOrganisationId == actor.OrganisationId);
        return await dossiers.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
