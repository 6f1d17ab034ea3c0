using DossierFlow.Domain.Indicators;

namespace DossierFlow.Domain.Criteria;

/// <summary>
/// A movement's criteria as its file states them (read by Application's CriteriaFile): the plan it encodes, the
/// period, the subject types it covers, and the items, each quoting the clause it encodes.
/// </summary>
public sealed record CriteriaSet(string Id, int Version, string Title, string? PlanNumber, int StartYear, int EndYear,
    IReadOnlyList<string> SubjectTypes, IReadOnlyList<CriteriaItem> Items)
{
    public string Label => $"{Id} v{Version}";

    /// <summary>The items for one kind of nominee and award, in file order.</summary>
    public IEnumerable<CriteriaItem> For(string subjectType, string awardCode) =>
        Items.Where(i => i.Subjects.Contains(subjectType) && (i.Awards.Count == 0 || i.Awards.Contains(awardCode)));
}

public enum CriteriaItemKind
{
    /// <summary>A rule on indicators the engine judges.</summary>
    Quantitative = 1,
    /// <summary>A condition that refuses the award whatever else is met (no discipline).</summary>
    HardGate = 2,
    /// <summary>A statement the reviewer judges from the evidence it names.</summary>
    Qualitative = 3,
}

/// <param name="Subjects">The subject types the item applies to (one, or several for a general standard).</param>
/// <param name="Source">Where the clause is in the plan ("Mục IV.1.b").</param>
/// <param name="Interpretation">What the plan leaves open and how this item reads it; null when nothing is open.</param>
/// <param name="Evidence">For a qualitative item, the evidence it needs.</param>
public sealed record CriteriaItem(IReadOnlyList<string> Subjects, IReadOnlyList<string> Awards, SubjectFilter Where, string Clause, string Source,
    string? Interpretation, CriteriaItemKind Kind, CriteriaRule? Rule, string? Evidence);

/// <summary>Narrows an item to some nominees of its subject type; a null field does not narrow.</summary>
public sealed record SubjectFilter(IReadOnlyList<string>? Categories, IReadOnlyList<int>? CommuneAreas, bool? EthnicMinorityArea)
{
    public static readonly SubjectFilter None = new(null, null, null);
}

/// <summary>A rule of a quantitative item or a hard gate; combined with "và" (<see cref="AllOf"/>) and "hoặc" (<see cref="AnyOf"/>).</summary>
public abstract record CriteriaRule;

public sealed record AllOf(IReadOnlyList<CriteriaRule> Rules) : CriteriaRule;

public sealed record AnyOf(IReadOnlyList<CriteriaRule> Rules) : CriteriaRule;

public enum WindowKind
{
    /// <summary>The N years up to the year being commended (the dossier's phase year), one after the other.</summary>
    ConsecutiveYears = 1,
    /// <summary>Every year of the period up to the year being commended.</summary>
    EveryYear = 2,
}

public sealed record Window(WindowKind Kind, int Years)
{
    public IEnumerable<int> YearsUpTo(int year, int periodStart) => Kind == WindowKind.ConsecutiveYears
        ? Enumerable.Range(year - Years + 1, Years)
        : Enumerable.Range(periodStart, Math.Max(0, year - periodStart + 1));

    public string Describe() => Kind == WindowKind.ConsecutiveYears ? $"trong {Years} năm liên tục" : "tất cả các năm của giai đoạn";
}

/// <summary>
/// A rate (<see cref="Measures"/>) falls by at least <paramref name="AtLeast"/> percentage points in each year of the
/// window, or, with <paramref name="AgainstTarget"/>, by at least the target the superior assigned for that year.
/// </summary>
/// <param name="WhenReported">The rule applies only to a unit that reports this rate at all (a sub-target).</param>
public sealed record YearlyDrop(string Measure, decimal AtLeast, bool AgainstTarget, Window Window, bool WhenReported) : CriteriaRule;

/// <summary>A rate or a number of households at the end of the year being commended is lower than at the start
/// of the period by more than <paramref name="MoreThanPercent"/> percent of it.</summary>
public sealed record DropSinceStart(string Measure, decimal MoreThanPercent, bool WhenReported) : CriteriaRule;

/// <summary>No disciplinary sanction of <paramref name="FromLevel"/> or heavier during the period.</summary>
public sealed record NoDiscipline(DisciplineLevel FromLevel) : CriteriaRule;
