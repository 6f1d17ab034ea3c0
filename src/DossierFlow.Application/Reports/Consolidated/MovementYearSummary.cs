using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Reports.Consolidated;

/// <summary>Where a participating unit's yearly report stands against the movement's "unit-report" deadline.</summary>
public enum ReportStanding { OnTime = 1, Late = 2, Missing = 3 }

/// <param name="SubmittedAt">When the report was first sent to Sở Nội vụ; null while it is missing.</param>
/// <param name="StateTitle">The report's step (e.g. "Sở Nội vụ đã tiếp nhận báo cáo"); null when none was opened.</param>
public sealed record UnitReportLine(Guid OrganisationId, string Code, string Name, OrganisationKind Kind, ReportStanding Standing,
    DateTime? SubmittedAt, string? StateTitle);

/// <summary>Proposals (dossiers sent to Sở Nội vụ, their nominees by kind) and awards (nominees awarded) of one award type.</summary>
public sealed record AwardLine(string AwardName, AwardLevel Level, int Dossiers, NomineeCounts Proposed, NomineeCounts Awarded);

public sealed record NomineeCounts(int Collectives, int Individuals, int Households)
{
    public static readonly NomineeCounts None = new(0, 0, 0);
    public int Total => Collectives + Individuals + Households;
    public NomineeCounts Plus(NomineeCounts other) =>
        new(Collectives + other.Collectives, Individuals + other.Individuals, Households + other.Households);
}

/// <summary>
/// Everything the consolidated yearly report on a movement says, for one year: each participating unit's report
/// standing, the proposals and awards per award type, and the indicators aggregated by subject type. The page, the
/// numbered .docx and the .xlsx are all made from it, so they cannot disagree.
/// </summary>
public sealed record MovementYearSummary(
    Guid MovementId,
    string Title,
    string PlanNumber,
    DateOnly PlanDate,
    int StartYear,
    int EndYear,
    int Year,
    DateOnly? DueOn,
    IReadOnlyList<UnitReportLine> Units,
    IReadOnlyList<AwardLine> Awards,
    IReadOnlyList<IndicatorGroup> Indicators,
    IssuedConsolidatedReport? Issued)
{
    public int Participants => Units.Count;
    public int OnTime => Units.Count(u => u.Standing == ReportStanding.OnTime);
    public int Late => Units.Count(u => u.Standing == ReportStanding.Late);
    public int Missing => Units.Count(u => u.Standing == ReportStanding.Missing);
    public int Reported => OnTime + Late;
    public NomineeCounts Proposed => Awards.Aggregate(NomineeCounts.None, (sum, a) => sum.Plus(a.Proposed));
    public NomineeCounts Awarded => Awards.Aggregate(NomineeCounts.None, (sum, a) => sum.Plus(a.Awarded));
    public int Dossiers => Awards.Sum(a => a.Dossiers);
}

/// <summary>The consolidated report as last generated: its number, date, signer, and the revision a new generation must name.</summary>
public sealed record IssuedConsolidatedReport(int Number, DateOnly IssuedOn, string SignerName, DateTime GeneratedAt, int Revision);

/// <summary>
/// The indicators of the units of one subject type that reported them for the year: how many units, and per
/// indicator its total (counts) or its mean and range (rates).
/// </summary>
public sealed record IndicatorGroup(string SubjectType, int Units, IReadOnlyList<IndicatorAggregate> Values);

/// <param name="Unit">"hộ", "%", "điểm %" …: how the value reads.</param>
/// <param name="Total">The sum over the units, for counts (households); null for rates, which do not add up.</param>
public sealed record IndicatorAggregate(string Code, string Label, string Unit, int Units, decimal? Total, decimal? Mean, decimal? Min, decimal? Max);
