using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Reports.Statistics;

/// <summary>How many nominees of one combination were awarded in the period, as one GROUP BY row.</summary>
public sealed record AwardFact(string AwardCode, AwardLevel Level, NomineeKind Kind, NomineeGender? Gender, OrganisationKind UnitKind,
    CommendationType Commendation, int Count);

/// <summary>How many of the province's movements under way in the year last this many years.</summary>
public sealed record MovementFact(int Years, int Count);

/// <summary>A cell: a count, or empty with the reason DossierFlow cannot fill it, or empty by the form's design (both null).</summary>
public sealed record StatisticsCell(int? Value, string? Note)
{
    public static readonly StatisticsCell Blank = new(null, null);
}

public sealed record StatisticsRowResult(StatisticsRow Row, IReadOnlyList<StatisticsCell> Cells);

public sealed record StatisticsTableResult(StatisticsTable Table, IReadOnlyList<StatisticsRowResult> Rows);

/// <summary>
/// The ministry's yearly statistical tables of one reporting year, filled from the awards decided in DossierFlow
/// and the province's movements. The page, the API and the workbook are all made from it.
/// </summary>
/// <param name="ReportingUnit">The provincial People's Committee, which sends the tables.</param>
public sealed record MinistryStatistics(int Year, DateOnly From, DateOnly To, string ReportingUnit, StatisticsLayout Layout,
    IReadOnlyList<StatisticsTableResult> Tables);
