using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Criteria;

/// <summary>
/// What the <c>criteria-evaluated</c> guard learns from the criteria. When the action asked has that guard and the
/// movement has criteria, every nominee is evaluated again on the data as it is now (and the verdicts stored); the
/// guard then fails, naming them, for nominees whose verdict (the reviewer's override, else the computed one) is
/// "không đạt" or "thiếu số liệu". The reviewer's confirmation is still asked for: it covers the qualitative items.
/// </summary>
public sealed class CriteriaGate(CriteriaEvaluator evaluator, WorkflowCatalog workflows)
{
    internal async Task<string?> BlockedAsync(Actor actor, DossierContext context, string action, CancellationToken ct)
    {
        var dossier = context.Dossier;
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var guarded = definition.Transitions.Any(t => t.Action == action && t.From.Contains(dossier.State)
            && t.Guards.Any(g => g.Name == Vocabulary.CriteriaEvaluated));
        if (!guarded || evaluator.CriteriaFor(context.Movement) is null || dossier.Nominees.Count == 0) return null;
        var evaluations = await evaluator.EvaluateAsync(dossier, context.Movement, context.Award.Code, actor.DisplayName, ct);
        var blocked = evaluations
            .Where(e => e.EffectiveVerdict is CriteriaVerdict.NotMet or CriteriaVerdict.MissingData)
            .Select(e => (Nominee: dossier.Nominees.First(n => n.Id == e.NomineeId), e.EffectiveVerdict))
            .OrderBy(x => x.Nominee.Order)
            .Select(x => $"{x.Nominee.Name} ({CriteriaVerdicts.Name(x.EffectiveVerdict).ToLowerInvariant()})")
            .ToList();
        return blocked.Count == 0 ? null
            : $"Theo tiêu chí của phong trào, chưa đủ điều kiện khen thưởng: {string.Join("; ", blocked)}. Bổ sung số liệu hoặc điều chỉnh kết quả đánh giá (kèm lý do).";
    }
}
