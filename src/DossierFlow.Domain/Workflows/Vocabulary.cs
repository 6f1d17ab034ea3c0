using DossierFlow.Domain.Access;

namespace DossierFlow.Domain.Workflows;

/// <summary>The fixed words a workflow file may use. There is no scripting: each guard is implemented in code.</summary>
public static class Vocabulary
{
    /// <summary>The pseudo-role of transitions the system performs itself (e.g. after the council's votes).</summary>
    public const string SystemRole = "system";

    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(Access.Roles.All) { SystemRole };

    public static readonly IReadOnlyDictionary<string, string> Holders = new Dictionary<string, string>
    {
        ["proposing-unit"] = "Đơn vị đề nghị",
        ["home-affairs"] = "Sở Nội vụ",
        ["council"] = "Hội đồng Thi đua - Khen thưởng tỉnh",
        ["chairman"] = "Chủ tịch UBND tỉnh",
        ["central"] = "Trung ương",
    };

    public const string HasNominees = "has-nominees";
    public const string DocumentsPresent = "documents-present";
    public const string DeadlineOpen = "deadline-open";
    public const string CriteriaEvaluated = "criteria-evaluated";
    public const string CouncilVotesRecorded = "council-votes-recorded";

    /// <summary>Guard name → whether it takes a parameter (true: required, false: none, null: optional).</summary>
    public static readonly IReadOnlyDictionary<string, bool?> Guards = new Dictionary<string, bool?>
    {
        [HasNominees] = false,
        [DocumentsPresent] = null,
        [DeadlineOpen] = true,
        [CriteriaEvaluated] = false,
        [CouncilVotesRecorded] = false,
    };

    public static readonly IReadOnlySet<string> NotifyTargets = new HashSet<string> { "proposing-unit", "home-affairs" };

    /// <summary>Roles that act only for their own organisation's subjects.</summary>
    public static bool IsUnitRole(string role) => role is Access.Roles.UnitClerk or Access.Roles.UnitLeader;
}
