using DossierFlow.Domain.Indicators;

namespace DossierFlow.Domain.Criteria;

/// <summary>
/// What the engine judges a nominee on: what it is, the award and year it is proposed for, the latest indicators of
/// each year's report of the unit it stands for (none when it stands for no unit), and the discipline records that
/// concern it. Gathered by the use case, so the engine is pure.
/// </summary>
/// <param name="Year">The year being commended: the year of the dossier's phase.</param>
public sealed record NomineeFacts(string SubjectType, string? Category, int? CommuneArea, bool EthnicMinorityArea, string AwardCode, int Year,
    IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> IndicatorsByYear, IReadOnlyList<DisciplineRecord> Discipline,
    bool HasReportingUnit);

/// <summary>The engine's answer: the verdict, one reason per item judged, and each figure still missing.</summary>
public sealed record CriteriaResult(CriteriaVerdict Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing);
