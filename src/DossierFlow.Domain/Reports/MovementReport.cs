using DossierFlow.Domain.Common;
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

    protected override void ChangeOwner(Guid organisationId) => OrganisationId = organisationId;

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
}
