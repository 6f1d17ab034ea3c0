using DossierFlow.Domain.Access;

namespace DossierFlow.Domain.Workflows;

/// <summary>
/// The fixed words a workflow file may use, owned here so that code compares against these constants and never
/// against its own copy of the text. There is no scripting: each guard is implemented in code.
/// </summary>
public static class Vocabulary
{
    /// <summary>The pseudo-role of transitions the system performs itself (e.g. after the council's votes).</summary>
    public const string SystemRole = "system";

    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(Access.Roles.All) { SystemRole };

    /// <summary>Who holds a subject in a state: the words a state's <c>holder</c> may be.</summary>
    public static class Holder
    {
        public const string ProposingUnit = "proposing-unit";
        public const string HomeAffairs = "home-affairs";
        public const string Council = "council";
        public const string Chairman = "chairman";
        public const string Central = "central";
    }

    /// <summary>Each holder with its Vietnamese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Holders = new Dictionary<string, string>
    {
        [Holder.ProposingUnit] = "Đơn vị đề nghị",
        [Holder.HomeAffairs] = "Sở Nội vụ",
        [Holder.Council] = "Hội đồng Thi đua - Khen thưởng tỉnh",
        [Holder.Chairman] = "Chủ tịch UBND tỉnh",
        [Holder.Central] = "Trung ương",
    };

    /// <summary>
    /// The actions that carry more than a comment (the council's votes, the Chairman's choice of nominees, the
    /// central decision's number): the application takes them through their own use cases, so a file must spell
    /// them exactly.
    /// </summary>
    public static class DedicatedAction
    {
        public const string CouncilDecided = "council-decided";
        public const string CouncilRejected = "council-rejected";
        public const string Decide = "decide";
        public const string SignProposal = "sign-proposal";
        public const string Decline = "decline";
        public const string RecordCentralAward = "record-central-award";
        public const string RecordCentralRefusal = "record-central-refusal";
    }

    /// <summary>
    /// The holders whose states are left only through dedicated actions, with those actions. <c>decide</c> and
    /// <c>decline</c> are also ordinary actions where the proposing unit decides itself (Giấy khen); the other
    /// dedicated actions mean something only from a state of their holder.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> DedicatedActions = new Dictionary<string, IReadOnlySet<string>>
    {
        [Holder.Council] = new HashSet<string> { DedicatedAction.CouncilDecided, DedicatedAction.CouncilRejected },
        [Holder.Chairman] = new HashSet<string> { DedicatedAction.Decide, DedicatedAction.SignProposal, DedicatedAction.Decline },
        [Holder.Central] = new HashSet<string> { DedicatedAction.RecordCentralAward, DedicatedAction.RecordCentralRefusal },
    };

    /// <summary>The dedicated actions that are not also ordinary words of other holders' states.</summary>
    public static readonly IReadOnlySet<string> HolderOnlyActions = new HashSet<string>
    {
        DedicatedAction.CouncilDecided, DedicatedAction.CouncilRejected, DedicatedAction.SignProposal,
        DedicatedAction.RecordCentralAward, DedicatedAction.RecordCentralRefusal,
    };

    /// <summary>True when the action, from this state, is taken only through its own use case and screen.</summary>
    public static bool IsDedicated(StateDefinition from, string action) =>
        from.Holder is { } holder && from.IsHeldBy(holder) && DedicatedActions.TryGetValue(holder, out var actions) && actions.Contains(action);

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

    public static readonly IReadOnlySet<string> NotifyTargets = new HashSet<string> { Holder.ProposingUnit, Holder.HomeAffairs };

    /// <summary>Roles that act only for their own organisation's subjects.</summary>
    public static bool IsUnitRole(string role) => role is Access.Roles.UnitClerk or Access.Roles.UnitLeader;
}
