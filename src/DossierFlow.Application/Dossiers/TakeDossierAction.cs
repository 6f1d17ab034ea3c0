using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// Takes a workflow action on a dossier: the guards see its nominees, the award's required documents and the
/// movement's deadline for the phase's year; state, journal and any notification mail are saved together.
/// </summary>
public sealed class TakeDossierAction(IAppDb db, WorkflowAction action) : IUseCase
{
    public async Task<WorkflowActionResult> HandleAsync(Actor actor, Guid dossierId, WorkflowActionInput input, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).Include(d => d.Journal)
            .FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        actor.RequireVisible(dossier.ProposingOrganisationId);
        if (Council.DedicatedActions.Contains(action.DefinitionOf(dossier).State(dossier.State), input.Action))
            throw new Domain.Common.DomainException("dedicated-action",
                $"Thao tác \"{input.Action}\" được thực hiện tại màn hình riêng ({Council.DedicatedActions.Screen(input.Action, dossierId)}), kèm kết quả biểu quyết hoặc quyết định.");
        var movement = await db.Movements.Include(m => m.Deadlines).Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var award = await db.AwardTypes.FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var proposer = await db.Organisations.Where(o => o.Id == dossier.ProposingOrganisationId).Select(o => o.Name).FirstAsync(ct);
        var phaseYear = movement.Phases.First(p => p.Id == dossier.PhaseId).Year;

        var result = await action.TakeAsync(actor, dossier, input,
            () => DossierSubject.Facts(dossier, award, DeadlineStatuses.For(movement, phaseYear, action.DeadlineDay(dossier)), input.CriteriaConfirmed),
            DossierSubject.Describe(dossier, proposer, award, movement.Title), ct);
        return result;
    }
}
