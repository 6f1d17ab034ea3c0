using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record CreateDossierInput(Guid MovementId, Guid PhaseId, Guid AwardTypeId, CommendationType CommendationType);

/// <summary>A unit's clerk opens a dossier for their own unit.</summary>
public sealed class CreateDossier(IAppDb db, TimeProvider clock, WorkflowCatalog workflows, Forms.IDocumentNumbers numbers) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, CreateDossierInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.UnitClerk);
        var movement = await db.Movements.Include(m => m.Phases).Include(m => m.Participants).Include(m => m.Awards)
            .FirstOrDefaultAsync(m => m.Id == input.MovementId, ct)
            ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
        var proposer = await db.Organisations.FirstAsync(o => o.Id == actor.OrganisationId, ct);
        var award = await db.AwardTypes.FirstOrDefaultAsync(a => a.Id == input.AwardTypeId, ct)
            ?? throw new NotFoundException("Không tìm thấy hình thức khen thưởng.");

        var dossier = Dossier.Create(movement, input.PhaseId, proposer, award, workflows.Latest(award.WorkflowId), input.CommendationType,
            clock.GetUtcNow().UtcDateTime, actor.UserId, await DossierCodes.NextAsync(numbers, clock, ct));
        db.Dossiers.Add(dossier);
        return dossier.Id;
    }
}
