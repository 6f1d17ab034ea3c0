using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Domain.Reports;

/// <summary>
/// A participating unit's yearly report on a movement (báo cáo kết quả thực hiện phong trào), due by the
/// movement's "unit-report" deadline and accepted or returned by Sở Nội vụ. One per unit, movement and year.
/// </summary>
public sealed class MovementReport : WorkflowSubject
{
    public const string DocumentKind = "bao-cao-phong-trao";

    private MovementReport() { CreatedBy = ""; }

    public Guid MovementId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }
    public string? Summary { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }

    public override Guid OwnerOrganisationId => OrganisationId;

    public static MovementReport Create(Movement movement, Organisation organisation, int year, WorkflowDefinition workflow,
        DateTime now, string createdBy)
    {
        if (!movement.HasParticipant(organisation.Id))
            throw new DomainException("report-not-participant", $"Đơn vị \"{organisation.Name}\" không tham gia phong trào \"{movement.Title}\".");
        if (year < movement.StartYear || year > movement.EndYear)
            throw new DomainException("report-year-outside-period", $"Năm {year} nằm ngoài giai đoạn {movement.Period} của phong trào.");
        var report = new MovementReport
        {
            Id = Ids.New(),
            MovementId = movement.Id,
            OrganisationId = organisation.Id,
            Year = year,
            CreatedAt = now,
            CreatedBy = Guard.Required(createdBy, "report-creator-required", "Thiếu người lập báo cáo."),
        };
        report.StartOn(workflow, now);
        return report;
    }

    public void ChangeSummary(int seenRevision, string? summary, DateTime now)
    {
        var text = TextLimits.CheckOptional(Guard.Optional(summary), TextLimits.Summary, "report-summary-too-long", "Tóm tắt báo cáo");
        BeginChange(seenRevision, now);
        Summary = text;
    }

    /// <summary>
    /// Enters the report's indicators, as a new version beside the earlier ones (<paramref name="latestVersion"/>: the
    /// version stored so far, 0 for none). Only while the unit holds the report; every problem is refused at once
    /// (<see cref="IndicatorDataException"/>) and nothing changes. Indicators left out are not reported.
    /// </summary>
    public ReportIndicators SetIndicators(int seenRevision, int latestVersion, IReadOnlyDictionary<string, decimal> values,
        IndicatorSource source, DateTime now, string enteredBy)
    {
        var problems = IndicatorValidation.Problems(values);
        if (problems.Count > 0) throw new IndicatorDataException(problems);
        if (!Enum.IsDefined(source)) throw new DomainException("indicators-source-invalid", "Nguồn số liệu không hợp lệ.");
        var by = Guard.Required(enteredBy, "indicators-author-required", "Thiếu người nhập số liệu.");
        BeginChange(seenRevision, now);
        return new ReportIndicators(Id, latestVersion + 1, Revision,
            values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new IndicatorValue(v.Key, v.Value)), source, now, by);
    }
}
