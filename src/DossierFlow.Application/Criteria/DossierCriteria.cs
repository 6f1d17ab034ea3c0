using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Criteria;

/// <summary>A nominee's verdict as the lists show it: the effective verdict, whether the reviewer overrode it, and its first reason.</summary>
public sealed record NomineeCriteria(CriteriaVerdict Verdict, bool Overridden, string Summary)
{
    public string Label => CriteriaVerdicts.Name(Verdict) + (Overridden ? " (điều chỉnh)" : "");

    /// <summary>The verdicts of these nominees that were evaluated, in one statement.</summary>
    internal static async Task<IReadOnlyDictionary<Guid, NomineeCriteria>> ForAsync(IAppDb db, IReadOnlyCollection<Guid> nomineeIds, CancellationToken ct)
    {
        if (nomineeIds.Count == 0) return new Dictionary<Guid, NomineeCriteria>();
        var rows = await db.CriteriaEvaluations.AsNoTracking().Where(e => nomineeIds.Contains(e.NomineeId))
            .Select(e => new { e.NomineeId, e.Verdict, e.OverrideVerdict, e.Reasons, e.Missing, e.OverrideReason }).ToListAsync(ct);
        return rows.ToDictionary(r => r.NomineeId, r => new NomineeCriteria(r.OverrideVerdict ?? r.Verdict, r.OverrideVerdict is not null,
            r.OverrideVerdict is not null ? $"Điều chỉnh: {r.OverrideReason}" : FirstLine(r.Verdict == CriteriaVerdict.MissingData ? r.Missing : r.Reasons)));
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}

/// <summary>What the dossier page shows of the criteria: the criteria file judged by, and each nominee's evaluation (null until evaluated).</summary>
public sealed record DossierCriteriaView(string DossierCode, int Revision, string? CriteriaLabel, string? CriteriaTitle, IReadOnlyList<(Nominee Nominee, CriteriaEvaluation? Evaluation)> Nominees,
    bool MayEvaluate, IReadOnlyList<CriteriaItem> Items, IReadOnlyDictionary<Guid, (string Code, string Name)> Units);

internal static class CriteriaAccess
{
    /// <summary>Sở Nội vụ's reviewers appraise the criteria; the dossier's own unit and the other province-wide roles only read them.</summary>
    public static bool MayEvaluate(Actor actor) => actor.IsIn(Roles.HomeAffairsReviewer);

    public static async Task<(Dossier Dossier, Movement Movement, string AwardCode)> LoadAsync(IAppDb db, Actor actor, Guid dossierId, bool forChange,
        CancellationToken ct)
    {
        if (forChange && !MayEvaluate(actor))
            throw new ForbiddenException("Chỉ chuyên viên thẩm định của Sở Nội vụ được đánh giá tiêu chuẩn khen thưởng.");
        var query = forChange ? db.Dossiers : db.Dossiers.AsNoTracking();
        var dossier = await query.Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        actor.RequireVisible(dossier.ProposingOrganisationId);
        var movement = await db.Movements.AsNoTracking().Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var award = await db.AwardTypes.AsNoTracking().Where(a => a.Id == dossier.AwardTypeId).Select(a => a.Code).FirstAsync(ct);
        return (dossier, movement, award);
    }
}

/// <summary>The criteria of a dossier's nominees, for its page.</summary>
public sealed class GetDossierCriteria(IAppDb db, CriteriaCatalog catalog) : IUseCase
{
    private async Task<IReadOnlyDictionary<Guid, (string Code, string Name)>> UnitsAsync(List<CriteriaEvaluation> evaluations, CancellationToken ct)
    {
        var ids = evaluations.Select(e => e.SubjectOrganisationId).OfType<Guid>().Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, (string, string)>()
            : (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(ct))
                .ToDictionary(o => o.Id, o => (o.Code, o.Name));
    }

    public async Task<DossierCriteriaView> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var (dossier, movement, award) = await CriteriaAccess.LoadAsync(db, actor, dossierId, forChange: false, ct);
        var evaluations = await db.CriteriaEvaluations.AsNoTracking().Where(e => e.DossierId == dossierId).ToListAsync(ct);
        var set = catalog.ForPlan(movement.PlanNumber);
        var types = evaluations.Select(e => e.SubjectType).ToHashSet();
        var items = set is null ? [] : set.Items.Where(i => i.Subjects.Any(types.Contains) && (i.Awards.Count == 0 || i.Awards.Contains(award))).ToList();
        return new DossierCriteriaView(dossier.Code, dossier.Revision, set?.Label, set?.Title,
            dossier.Nominees.OrderBy(n => n.Order).Select(n => (n, evaluations.FirstOrDefault(e => e.NomineeId == n.Id))).ToList(),
            CriteriaAccess.MayEvaluate(actor), items, await UnitsAsync(evaluations, ct));
    }
}

/// <summary>Sở Nội vụ's reviewer evaluates every nominee of a dossier against its movement's criteria, on the data as it is now.</summary>
public sealed class EvaluateDossierCriteria(IAppDb db, CriteriaEvaluator evaluator) : IUseCase
{
    public async Task<IReadOnlyList<CriteriaEvaluation>> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var (dossier, movement, award) = await CriteriaAccess.LoadAsync(db, actor, dossierId, forChange: true, ct);
        return await evaluator.EvaluateAsync(dossier, movement, award, actor.DisplayName, ct);
    }
}

/// <param name="SubjectType">A code of <see cref="SubjectTypes"/>.</param>
/// <param name="UnitCode">The code of the unit whose reports carry the nominee's indicators, if any.</param>
/// <param name="CommuneArea">1, 2 or 3 for a commune of area I, II or III.</param>
/// <param name="Category">A code of <see cref="SubjectCategories"/>.</param>
public sealed record CriteriaSubjectInput(string SubjectType, string? UnitCode, int? CommuneArea, bool EthnicMinorityArea, string? Category);

/// <summary>The reviewer says what a nominee is (its subject type, the unit it stands for, a commune's area); it is evaluated again at once.</summary>
public sealed class SetCriteriaSubject(IAppDb db, CriteriaEvaluator evaluator) : IUseCase
{
    public async Task<CriteriaEvaluation> HandleAsync(Actor actor, Guid dossierId, Guid nomineeId, CriteriaSubjectInput input, CancellationToken ct = default)
    {
        var (dossier, movement, award) = await CriteriaAccess.LoadAsync(db, actor, dossierId, forChange: true, ct);
        if (dossier.Nominees.All(n => n.Id != nomineeId)) throw new NotFoundException("Không tìm thấy đối tượng trong hồ sơ.");
        Guid? unit = null;
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            var code = input.UnitCode.Trim();
            unit = await db.Organisations.Where(o => o.Code == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
                ?? throw new Domain.Common.DomainException("criteria-unit-unknown", $"Không có đơn vị mã \"{code}\".");
        }
        if (input.SubjectType == SubjectTypes.District && movement.StartYear > SubjectTypes.DistrictsAbolishedAfter.Year)
            throw new Domain.Common.DomainException("criteria-district-abolished", "Cấp huyện chỉ áp dụng cho giai đoạn trước ngày 01/07/2025.");
        var evaluation = await db.CriteriaEvaluations.FirstOrDefaultAsync(e => e.NomineeId == nomineeId, ct);
        if (evaluation is null)
        {
            evaluation = CriteriaEvaluation.Start(dossierId, nomineeId);
            db.CriteriaEvaluations.Add(evaluation);
        }
        evaluation.SetSubject(input.SubjectType, unit, input.CommuneArea, input.EthnicMinorityArea, string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim());
        return (await evaluator.EvaluateAsync(dossier, movement, award, actor.DisplayName, ct, nomineeId)).Single();
    }
}

/// <param name="Verdict">Met or NotMet; null withdraws an earlier override.</param>
public sealed record CriteriaOverrideInput(CriteriaVerdict? Verdict, string Reason, int Revision, Guid OperationId);

/// <summary>
/// The reviewer sets a nominee's verdict against the computed one, with a reason; the dossier's journal records it
/// (who, when, which nominee, from what to what, why), and the dossier's revision moves on.
/// </summary>
public sealed class OverrideCriteria(IAppDb db, TimeProvider clock) : IUseCase
{
    public const string JournalAction = "criteria-override";

    public async Task HandleAsync(Actor actor, Guid dossierId, Guid nomineeId, CriteriaOverrideInput input, CancellationToken ct = default)
    {
        var (dossier, _, _) = await CriteriaAccess.LoadAsync(db, actor, dossierId, forChange: true, ct);
        var nominee = dossier.Nominees.FirstOrDefault(n => n.Id == nomineeId) ?? throw new NotFoundException("Không tìm thấy đối tượng trong hồ sơ.");
        var evaluation = await db.CriteriaEvaluations.FirstOrDefaultAsync(e => e.NomineeId == nomineeId, ct)
            ?? throw new Domain.Common.DomainException("criteria-not-evaluated", "Hãy đánh giá tiêu chuẩn trước khi điều chỉnh kết quả.");
        var now = clock.GetUtcNow().UtcDateTime;
        var computed = CriteriaVerdicts.Name(evaluation.Verdict);
        string comment;
        if (input.Verdict is { } verdict)
        {
            evaluation.Override(verdict, input.Reason, now, actor.DisplayName);
            comment = $"{nominee.Name}: kết quả đánh giá tiêu chuẩn \"{computed}\" được điều chỉnh thành \"{CriteriaVerdicts.Name(verdict)}\". Lý do: {evaluation.OverrideReason}";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Reason))
                throw new Domain.Common.DomainException("criteria-override-reason-required", "Phải nêu lý do bỏ điều chỉnh kết quả đánh giá.");
            var reason = Domain.Common.TextLimits.Check(input.Reason.Trim(), Domain.Common.TextLimits.Comment, "criteria-override-reason-too-long", "Lý do");
            evaluation.ClearOverride();
            comment = $"{nominee.Name}: bỏ điều chỉnh, áp dụng lại kết quả \"{computed}\". Lý do: {reason}";
        }
        dossier.Note(actor, Roles.HomeAffairsReviewer, JournalAction, "Điều chỉnh kết quả đánh giá tiêu chuẩn", comment, input.OperationId, input.Revision, now);
    }
}
