using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Criteria;

/// <summary>
/// The criteria's verdict on one nominee of a dossier: the kind of subject it was judged as (and for a commune its
/// area and ethnic-minority flag), the computed verdict with its reasons and the data still missing, and the
/// reviewer's override with its reason. Evaluating again replaces the computed part and keeps the override.
/// </summary>
public sealed class CriteriaEvaluation
{
    private CriteriaEvaluation() { SubjectType = Reasons = Missing = RuleSet = EvaluatedBy = ""; }

    public Guid Id { get; private set; }
    public Guid DossierId { get; private set; }
    public Guid NomineeId { get; private set; }
    public string SubjectType { get; private set; }
    /// <summary>The organisation the nominee is, when it is one whose yearly reports carry its indicators.</summary>
    public Guid? SubjectOrganisationId { get; private set; }
    /// <summary>Khu vực I, II or III of a commune (1 to 3); null otherwise.</summary>
    public int? CommuneArea { get; private set; }
    /// <summary>Whether the commune is in an ethnic-minority area (vùng đồng bào dân tộc thiểu số).</summary>
    public bool EthnicMinorityArea { get; private set; }
    /// <summary>
    /// A finer group some rules select by, a code of <see cref="SubjectCategories"/>: a household's poverty status,
    /// whether a person is a cán bộ, công chức, viên chức; null when none applies.
    /// </summary>
    public string? Category { get; private set; }

    public CriteriaVerdict Verdict { get; private set; }
    /// <summary>One line per rule: what the data shows and whether it meets the clause.</summary>
    public string Reasons { get; private set; }
    /// <summary>One line per figure still missing, empty when none is.</summary>
    public string Missing { get; private set; }
    /// <summary>The criteria file and version judged by ("soc-trang-146 v3").</summary>
    public string RuleSet { get; private set; }
    public DateTime EvaluatedAt { get; private set; }
    public string EvaluatedBy { get; private set; }

    public CriteriaVerdict? OverrideVerdict { get; private set; }
    public string? OverrideReason { get; private set; }
    public DateTime? OverriddenAt { get; private set; }
    public string? OverriddenBy { get; private set; }

    /// <summary>The verdict that counts: the reviewer's override, else the computed one.</summary>
    public CriteriaVerdict EffectiveVerdict => OverrideVerdict ?? Verdict;

    public const int ReasonsLength = 8000;

    public static CriteriaEvaluation Start(Guid dossierId, Guid nomineeId) =>
        new() { Id = Ids.New(), DossierId = dossierId, NomineeId = nomineeId };

    /// <summary>What the nominee is judged as. A district exists only for periods before 01/07/2025.</summary>
    public void SetSubject(string subjectType, Guid? subjectOrganisationId, int? communeArea, bool ethnicMinorityArea, string? category = null)
    {
        if (category is not null && !SubjectCategories.Fits(subjectType, category))
            throw new DomainException("criteria-category-invalid", $"Nhóm \"{category}\" không áp dụng cho loại đối tượng \"{SubjectTypes.Name(subjectType)}\".");
        if (!SubjectTypes.IsKnown(subjectType))
            throw new DomainException("criteria-subject-invalid", $"Loại đối tượng \"{subjectType}\" không có trong danh mục.");
        if (communeArea is { } area && (area is < 1 or > 3 || subjectType != SubjectTypes.Commune))
            throw new DomainException("criteria-area-invalid", "Khu vực (I, II, III) chỉ áp dụng cho xã, phường, thị trấn.");
        SubjectType = subjectType;
        SubjectOrganisationId = subjectOrganisationId;
        CommuneArea = communeArea;
        EthnicMinorityArea = subjectType == SubjectTypes.Commune && ethnicMinorityArea;
        Category = category;
    }

    public void Record(CriteriaVerdict verdict, IEnumerable<string> reasons, IEnumerable<string> missing, string ruleSet, DateTime now, string evaluatedBy)
    {
        if (!Enum.IsDefined(verdict)) throw new ArgumentOutOfRangeException(nameof(verdict));
        Verdict = verdict;
        Reasons = Clip(string.Join('\n', reasons));
        Missing = Clip(string.Join('\n', missing));
        RuleSet = ruleSet;
        EvaluatedAt = now;
        EvaluatedBy = evaluatedBy;
    }

    /// <summary>The reviewer sets the verdict against the computed one; the reason is required (and journalled by the caller).</summary>
    public void Override(CriteriaVerdict verdict, string reason, DateTime now, string by)
    {
        if (verdict is not (CriteriaVerdict.Met or CriteriaVerdict.NotMet))
            throw new DomainException("criteria-override-invalid", "Chỉ có thể kết luận \"Đạt\" hoặc \"Không đạt\".");
        if (EvaluatedAt == default)
            throw new DomainException("criteria-not-evaluated", "Hãy đánh giá tiêu chuẩn trước khi điều chỉnh kết quả.");
        OverrideReason = TextLimits.Check(Guard.Required(reason, "criteria-override-reason-required", "Phải nêu lý do điều chỉnh kết quả đánh giá."),
            TextLimits.Comment, "criteria-override-reason-too-long", "Lý do điều chỉnh");
        OverrideVerdict = verdict;
        OverriddenAt = now;
        OverriddenBy = by;
    }

    public void ClearOverride()
    {
        OverrideVerdict = null;
        OverrideReason = OverriddenBy = null;
        OverriddenAt = null;
    }

    private static string Clip(string text) => text.Length <= ReasonsLength ? text : text[..(ReasonsLength - 1)] + "…";
}
