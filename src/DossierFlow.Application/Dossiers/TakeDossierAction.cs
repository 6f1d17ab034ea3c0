using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// Takes a workflow action on a dossier: the guards see its nominees, the award's required documents and the
/// movement's deadline for the phase's year, and the criteria's verdicts (evaluated again when the action needs them); state, journal, what the step issues (the receipt) and any
/// notification mail are saved together.
/// </summary>
public sealed class TakeDossierAction(IAppDb db, WorkflowAction action, Forms.FormCatalog forms, DossierNotices notices,
    Criteria.CriteriaGate criteria) : IUseCase
{
    public async Task<WorkflowActionResult> HandleAsync(Actor actor, Guid dossierId, WorkflowActionInput input, CancellationToken ct = default)
    {
        var context = await DossierContext.LoadAsync(db, dossierId, input.OperationId, ct);
        var dossier = context.Dossier;
        actor.RequireVisible(dossier.ProposingOrganisationId);
        if (Council.DedicatedActions.Contains(action.DefinitionOf(dossier).State(dossier.State), input.Action))
            throw new Domain.Common.DomainException("dedicated-action",
                $"Thao tác \"{input.Action}\" được thực hiện tại màn hình riêng ({Council.DedicatedActions.Screen(input.Action, dossierId)}), kèm kết quả biểu quyết hoặc quyết định.");
        var phaseYear = context.Movement.Phases.First(p => p.Id == dossier.PhaseId).Year;
        var criteriaBlocked = await criteria.BlockedAsync(actor, context, input.Action, ct);

        return await action.TakeAsync(actor, dossier, input,
            () => context.Facts(forms.PerNominee, DeadlineStatuses.For(context.Movement, phaseYear, action.DeadlineDay(dossier)), input.CriteriaConfirmed, criteriaBlocked),
            context.Description, ct, notices.For(actor, context));
    }
}
