using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// Everything the movement dashboard shows for one movement and year, counted in the database; the page's charts,
/// its tables, the .xlsx of each table and the API are all made from it, so they cannot disagree.
/// </summary>
/// <param name="Today">The day "overdue" and "near the limit" were judged on (Việt Nam time).</param>
public sealed record DashboardFigures(
    Guid MovementId,
    string MovementTitle,
    int StartYear,
    int EndYear,
    int Year,
    DateOnly Today,
    IReadOnlyList<DeadlineFigure> Deadlines,
    IReadOnlyList<StateCount> States,
    IReadOnlyList<AwardCount> Awards,
    SlaFigures Sla,
    IReadOnlyList<StepDuration> Steps,
    IReadOnlyList<NomineeStages> NomineesByAward,
    IReadOnlyList<NomineeStages> NomineesByUnitKind,
    IReadOnlyList<YearFigures> Years);

/// <summary>One deadline of the year: how many units submitted on time, late, or not (yet).</summary>
public sealed record DeadlineFigure(string Code, string Title, DateOnly Due, bool Passed, int OnTime, int Late, int Missing);

/// <summary>Dossiers of the year in one state (its name, as the dossier list's <c>state=</c> filter takes it).</summary>
public sealed record StateCount(string State, string Title, int Dossiers);

public sealed record AwardCount(Guid AwardTypeId, string AwardName, int Dossiers);

/// <param name="Running">Dossiers whose processing clock runs (a step with a working-day limit).</param>
/// <param name="Overdue">Of those, the ones past their due date.</param>
/// <param name="NearLimit">Of those, the ones due from today up to <paramref name="NearLimitBy"/> (<paramref name="NearLimitDays"/> working days ahead).</param>
public sealed record SlaFigures(int Running, int Overdue, int NearLimit, DateOnly NearLimitBy, int NearLimitDays);

/// <summary>
/// How long the year's dossiers stayed in one step before leaving it, in working days (Việt Nam's calendar):
/// how many stays ended, their median, and the step's limit where the workflow sets one.
/// </summary>
public sealed record StepDuration(string State, string Title, int Completed, decimal? MedianWorkingDays, int? LimitWorkingDays);

/// <summary>
/// Nominees (collectives, individuals, households) of the dossiers that reached Sở Nội vụ, at each stage: proposed,
/// recommended by the provincial council, awarded. <see cref="Key"/> is the award type's id or the unit kind's name.
/// </summary>
public sealed record NomineeStages(string Key, string Label, int Proposed, int Passed, int Awarded);

/// <summary>One year of the movement's period: dossiers, nominees and the units' yearly reports.</summary>
public sealed record YearFigures(int Year, int Dossiers, int Submitted, int Proposed, int Awarded, int ReportsOnTime, int ReportsLate, int ReportsMissing);

/// <summary>Which nominees a dashboard number counts (the <c>stage=</c> of the list behind it).</summary>
public enum NomineeStage { Proposed = 1, Passed = 2, Awarded = 3 }

/// <summary>One nominee row of the list behind a nominee number.</summary>
public sealed record DashboardNomineeRow(Guid DossierId, string DossierCode, string Name, Domain.Dossiers.NomineeKind Kind, string UnitName,
    OrganisationKind UnitKind, string AwardName, bool? CouncilRecommended, bool Awarded);
