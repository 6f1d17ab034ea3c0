using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record DossierView(Dossier Dossier, string MovementTitle, string PhaseTitle, string ProposerName,
    AwardType Award, IReadOnlyList<string> MissingDocuments);

/// <summary>One dossier, if the actor may see the proposing unit's data.</summary>
public sealed class GetDossier(IAppDb db)
{
    public async Task<DossierView> HandleAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Nominees).Include(d => d.Documents)
            .FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        actor.RequireVisible(dossier.ProposingOrganisationId);

        var movement = await db.Movements.AsNoTracking().Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var proposer = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        return new DossierView(dossier, movement.Title, movement.Phases.First(p => p.Id == dossier.PhaseId).Title,
            proposer.Name, award, dossier.MissingDocuments(award));
    }
}
