using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

public sealed record CreateBatchInput(Guid MovementId, string? Title, IReadOnlyList<Guid> AwardTypeIds);

/// <summary>Sở Nội vụ's reviewer opens a batch (đợt trình) for a movement and the award types it will submit together.</summary>
public sealed class CreateBatch(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, CreateBatchInput input, CancellationToken ct = default)
    {
        BatchRules.RequireReviewer(actor);
        if (!await db.Movements.AnyAsync(m => m.Id == input.MovementId, ct))
            throw new DomainException("batch-movement", "Hãy chọn phong trào thi đua của đợt trình.");
        var awards = input.AwardTypeIds.Distinct().ToList();
        var offered = await db.Movements.Where(m => m.Id == input.MovementId).SelectMany(m => m.Awards).Select(a => a.AwardTypeId)
            .Where(id => awards.Contains(id)).CountAsync(ct);
        if (offered != awards.Count)
            throw new DomainException("batch-award-not-offered", "Có hình thức khen thưởng không thuộc phong trào thi đua đã chọn.");
        var batch = SubmissionBatch.Create(input.MovementId, input.Title ?? "", awards, clock.GetUtcNow().UtcDateTime, actor.DisplayName);
        db.SubmissionBatches.Add(batch);
        return batch.Id;
    }
}
