using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;

namespace DossierFlow.Application.Batches;

/// <summary>
/// Sở Nội vụ sends the batch to the council with its Tờ trình: every dossier takes the forward step in this one unit
/// of work, or none does (the message names the dossier that blocks).
/// </summary>
public sealed class ForwardBatch(IAppDb db, WorkflowCatalog workflows, TakeDossierAction act, TimeProvider clock) : IUseCase
{
    public async Task<int> HandleAsync(Actor actor, Guid batchId, int revision, CancellationToken ct = default)
    {
        BatchRules.RequireReviewer(actor);
        var batch = await BatchRules.LoadAsync(db, batchId, ct);
        batch.Forward(revision, clock.GetUtcNow().UtcDateTime, actor.DisplayName);
        var ids = batch.Entries.Select(e => e.DossierId).ToList();
        await BatchForwarding.ForwardAsync(db, act, workflows, actor, batch, ids, ct);
        return ids.Count;
    }
}
