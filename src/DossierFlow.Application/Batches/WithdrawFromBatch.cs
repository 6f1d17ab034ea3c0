using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

public sealed record WithdrawFromBatchInput(int Revision, Guid DossierId, string? Reason);

/// <summary>
/// Takes a dossier out of a batch, with the reason the batch's journal keeps, until a council session is scheduled for
/// the batch. The dossier stays where its workflow has it: at the appraisal if the batch was not forwarded, or waiting
/// for the council outside any batch if it was (the council may still put it on a session of its own).
/// </summary>
public sealed class WithdrawFromBatch(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task HandleAsync(Actor actor, Guid batchId, WithdrawFromBatchInput input, CancellationToken ct = default)
    {
        BatchRules.RequireReviewer(actor);
        var batch = await BatchRules.LoadAsync(db, batchId, ct);
        var code = await db.Dossiers.Where(d => d.Id == input.DossierId).Select(d => d.Code).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        batch.Withdraw(input.Revision, input.DossierId, code, input.Reason, clock.GetUtcNow().UtcDateTime, actor.DisplayName);
    }
}
