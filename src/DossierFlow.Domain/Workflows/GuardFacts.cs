namespace DossierFlow.Domain.Workflows;

public enum DeadlineStatus { Open, LateAccepted, LateRefused, Unknown }

/// <summary>
/// What the guards need to know about a subject at the moment of an action. The use case gathers these from
/// the database and the clock, so the engine stays free of IO and each guard is a plain comparison.
/// <see cref="CriteriaBlocked"/> says which nominees the criteria engine found not met or short of data (null: none).
/// </summary>
public sealed record GuardFacts(
    int NomineeCount,
    IReadOnlyList<string> RequiredDocuments,
    IReadOnlySet<string> PresentDocuments,
    IReadOnlyDictionary<string, (DeadlineStatus Status, DateOnly? DueOn)> Deadlines,
    bool CriteriaConfirmed,
    bool CouncilVotesRecorded,
    string? CriteriaBlocked = null);
