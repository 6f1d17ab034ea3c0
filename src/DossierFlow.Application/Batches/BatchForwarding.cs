using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

/// <summary>
/// Takes the workflow's forward action on dossiers of a batch, through the same use case as the dossier page (guards,
/// journal, the unit's mail), the criteria confirmed by their joining the batch. A dossier that cannot move stops
/// the whole unit of work, and the message names it.
/// </summary>
internal static class BatchForwarding
{
    public static async Task ForwardAsync(IAppDb db, TakeDossierAction act, WorkflowCatalog workflows, Actor actor, SubmissionBatch batch,
        IReadOnlyList<Guid> dossierIds, CancellationToken ct)
    {
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Code, d.Revision, d.WorkflowId, d.WorkflowVersion, d.State }).ToListAsync(ct);
        var forwardable = BatchRules.ForwardableStates(workflows);
        foreach (var d in dossiers.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            if (!forwardable.Contains((d.WorkflowId, d.WorkflowVersion, d.State)))
            {
                var title = workflows.Find(d.WorkflowId, d.WorkflowVersion)?.States.GetValueOrDefault(d.State)?.Title ?? d.State;
                throw new DomainException("batch-dossier-not-forwardable",
                    $"Hồ sơ {d.Code} không còn ở bước Sở Nội vụ thẩm định (hiện ở bước \"{title}\"): hãy rút hồ sơ khỏi đợt trình rồi thực hiện lại. Không có thay đổi nào được lưu.");
            }
            try
            {
                await act.HandleAsync(actor, d.Id, new WorkflowActionInput(BatchRules.ForwardAction, d.Revision, Guid.NewGuid(), Comment(batch),
                    CriteriaConfirmed: true), ct);
            }
            catch (DomainException e) when (e is not ConcurrencyConflictException)
            {
                throw new DomainException(e.Code, $"Hồ sơ {d.Code}: {e.Message} Không có thay đổi nào được lưu.");
            }
        }
    }

    /// <summary>What each dossier's journal says about the step: the Tờ trình it went with.</summary>
    private static string Comment(SubmissionBatch batch) => batch.SubmissionNumber is { } number && batch.SubmissionIssuedOn is { } on
        ? $"Trình Hội đồng theo Tờ trình số {number:00}/TTr-SNV ngày {VietnameseFormat.Date(on)} (đợt trình \"{batch.Title}\")."
        : $"Trình Hội đồng theo đợt trình \"{batch.Title}\".";
}
