using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record PhaseChoice(Guid MovementId, string MovementTitle, Guid PhaseId, string PhaseTitle);

public sealed record AwardChoice(Guid Id, string Name);

/// <summary>What a unit may open a dossier for: phases of the movements it takes part in, and their awards.</summary>
public sealed class ListDossierChoices(IAppDb db) : IUseCase
{
    public async Task<(IReadOnlyList<PhaseChoice> Phases, IReadOnlyList<AwardChoice> Awards)> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var organisationId = actor.OrganisationId;
        var movements = await db.Movements.AsNoTracking().Include(m => m.Phases).Include(m => m.Awards)
            .Where(m => m.Participants.Any(p => p.OrganisationId == organisationId)).ToListAsync(ct);
        var phases = movements.SelectMany(m => m.Phases.OrderByDescending(p => p.Year).ThenBy(p => p.Kind)
            .Select(p => new PhaseChoice(m.Id, m.Title, p.Id, p.Title))).ToList();
        var offered = movements.SelectMany(m => m.Awards.Select(a => a.AwardTypeId)).ToHashSet();
        var awards = await db.AwardTypes.AsNoTracking().Where(a => offered.Contains(a.Id) && a.IsActive)
            .OrderBy(a => a.Level).Select(a => new AwardChoice(a.Id, a.Name)).ToListAsync(ct);
        return (phases, awards);
    }
}
