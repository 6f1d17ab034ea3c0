using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

/// <param name="Date">dd/MM/yyyy.</param>
/// <param name="Awarded">The nominees the central decision awards; none means the central level did not award.</param>
public sealed record CentralDecisionInput(int Revision, Guid OperationId, string? Number, string? Date, IReadOnlyList<Guid> Awarded);

/// <summary>
/// Sở Nội vụ records the central level's decision on a national award the province proposed: the decision's number
/// and date and the outcome per nominee. The dossier closes as awarded (anyone awarded) or refused, and the unit is
/// mailed.
/// </summary>
public sealed class RecordCentralDecision(IAppDb db, WorkflowCatalog workflows, WorkflowAction action, Forms.FormCatalog forms, TimeProvider clock, DossierNotices notices) : IUseCase
{
    public async Task<WorkflowActionResult> HandleAsync(Actor actor, Guid dossierId, CentralDecisionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.HomeAffairsReviewer);
        var context = await DossierContext.LoadAsync(db, dossierId, input.OperationId, ct);
        var dossier = context.Dossier;
        if (!VietnameseFormat.TryParseDate(input.Date, out var date))
            throw new DomainException("central-date", "Ngày quyết định phải có dạng dd/MM/yyyy.");
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        dossier.RecordCentralDecision(definition, input.Revision, input.Number ?? "", date, input.Awarded, VietnameseFormat.Today(clock), now);

        var awarded = dossier.Nominees.Where(n => n.CentralAwarded == true).Select(n => n.Name).ToList();
        var notAwarded = dossier.Nominees.Where(n => n.CentralAwarded == false).Select(n => n.Name).ToList();
        var comment = $"Quyết định số {dossier.CentralDecisionNumber} ngày {VietnameseFormat.Date(date)}: "
            + (awarded.Count > 0 ? $"khen thưởng {string.Join(", ", awarded)}" : "không khen thưởng")
            + (awarded.Count > 0 && notAwarded.Count > 0 ? $"; không khen thưởng {string.Join(", ", notAwarded)}" : "") + ".";
        var result = await action.TakeAsync(actor, dossier,
            new WorkflowActionInput(awarded.Count > 0 ? Vocabulary.DedicatedAction.RecordCentralAward : Vocabulary.DedicatedAction.RecordCentralRefusal, dossier.Revision, input.OperationId, comment),
            () => context.Facts(forms.PerNominee), context.Description, ct, notices.For(actor, context));
        return result;
    }
}
