using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>The report's latest indicators (empty before any), the version and how it came in.</summary>
public sealed record ReportIndicatorsView(IReadOnlyDictionary<string, decimal> Values, int Version, IndicatorSource? Source, DateTime? EnteredAt)
{
    public static readonly ReportIndicatorsView None = new(new Dictionary<string, decimal>(), 0, null, null);
}

/// <summary>The latest version of a report's indicators, for whoever may see the report.</summary>
public sealed class GetReportIndicators(IAppDb db) : IUseCase
{
    public async Task<ReportIndicatorsView> HandleAsync(Actor actor, Guid reportId, CancellationToken ct = default)
    {
        var organisation = await db.MovementReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => (Guid?)r.OrganisationId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Không tìm thấy báo cáo.");
        actor.RequireVisible(organisation);
        var latest = await db.ReportIndicators.AsNoTracking().Include(s => s.Values).Where(s => s.ReportId == reportId)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        return latest is null ? ReportIndicatorsView.None
            : new ReportIndicatorsView(latest.AsDictionary(), latest.Version, latest.Source, latest.EnteredAt);
    }
}

/// <summary>
/// The report's workbook to fill: every indicator of the catalogue with the report's latest value, and the sheet of
/// disciplinary sanctions, for whoever may see the report.
/// </summary>
public sealed class ReportWorkbookTemplate(IAppDb db, GetReportIndicators indicators, IReportWorkbookFile sheet) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid reportId, CancellationToken ct = default)
    {
        var current = await indicators.HandleAsync(actor, reportId, ct);
        var about = await (from r in db.MovementReports.AsNoTracking().Where(r => r.Id == reportId)
                           join o in db.Organisations on r.OrganisationId equals o.Id
                           join m in db.Movements on r.MovementId equals m.Id
                           select new { r.Year, o.Name, m.Title }).FirstAsync(ct);
        var title = $"Số liệu báo cáo năm {about.Year} - {about.Name} - Phong trào thi đua “{about.Title}”";
        return new ExportFile($"so-lieu-bao-cao-{about.Year}.xlsx", Consolidated.ExportConsolidatedReport.XlsxContentType, sheet.Template(title, current.Values));
    }
}
