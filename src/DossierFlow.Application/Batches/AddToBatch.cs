using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

/// <param name="Revision">The batch's revision the reviewer saw.</param>
/// <param name="CriteriaConfirmed">The reviewer confirms each dossier's criteria were checked (the forward step's guard).</param>
/// <param name="AppraisalNote">Sở Nội vụ's appraisal note for the nominees of these dossiers; empty: "Đủ điều kiện, tiêu chuẩn theo quy định."</param>
public sealed record AddToBatchInput(int Revision, IReadOnlyList<Guid> DossierIds, bool CriteriaConfirmed, string? AppraisalNote);

/// <summary>
/// Adds appraised dossiers to a batch: each must be of the batch's movement and award types, at the appraisal step
/// and in no other batch. Added to a batch already forwarded, a dossier goes to the council at once, in the same
/// transaction; the Tờ trình is then out of date until it is generated again.
/// </summary>
public sealed class AddToBatch(IAppDb db, WorkflowCatalog workflows, TakeDossierAction act, TimeProvider clock) : IUseCase
{
    public const int MaxPerRequest = 500;

    public async Task<int> HandleAsync(Actor actor, Guid batchId, AddToBatchInput input, CancellationToken ct = default)
    {
        BatchRules.RequireReviewer(actor);
        var batch = await BatchRules.LoadAsync(db, batchId, ct);
        batch.ExpectRevision(input.Revision);
        var ids = input.DossierIds.Distinct().ToList();
        if (ids.Count == 0) throw new DomainException("batch-nothing-chosen", "Hãy chọn ít nhất một hồ sơ để thêm vào đợt trình.");
        if (ids.Count > MaxPerRequest) throw new DomainException("batch-too-many", $"Mỗi lần thêm tối đa {MaxPerRequest} hồ sơ.");
        if (!input.CriteriaConfirmed)
            throw new DomainException("batch-criteria", "Hãy xác nhận đã thẩm định tiêu chuẩn, điều kiện khen thưởng của các hồ sơ được thêm.");

        var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Code, d.MovementId, d.AwardTypeId, d.WorkflowId, d.WorkflowVersion, d.State }).ToListAsync(ct);
        if (dossiers.Count != ids.Count) throw new NotFoundException("Không tìm thấy hồ sơ.");
        var elsewhere = await db.SubmissionBatches.Where(b => b.Id != batchId)
            .SelectMany(b => b.Entries.Where(e => ids.Contains(e.DossierId)), (b, e) => new { e.DossierId, b.Title }).ToListAsync(ct);
        var forwardable = BatchRules.ForwardableStates(workflows);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var d in dossiers.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            if (d.MovementId != batch.MovementId)
                throw new DomainException("batch-other-movement", $"Hồ sơ {d.Code} thuộc phong trào thi đua khác với đợt trình.");
            if (elsewhere.FirstOrDefault(e => e.DossierId == d.Id) is { } other)
                throw new DomainException("batch-dossier-elsewhere", $"Hồ sơ {d.Code} đã có trong đợt trình \"{other.Title}\".");
            if (!forwardable.Contains((d.WorkflowId, d.WorkflowVersion, d.State)))
                throw new DomainException("batch-dossier-not-appraised", $"Hồ sơ {d.Code} không ở bước Sở Nội vụ thẩm định, không thể đưa vào đợt trình.");
            batch.Add(batch.Revision, d.Id, d.Code, d.AwardTypeId, input.AppraisalNote, now, actor.DisplayName);
        }
        if (batch.Status == BatchStatus.Forwarded) await BatchForwarding.ForwardAsync(db, act, workflows, actor, batch, ids, ct);
        return ids.Count;
    }
}
