using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>Who may enter a report's indicators, and the one way a set of them is stored: as the report's next version.</summary>
internal static class ReportIndicatorRules
{
    /// <summary>The unit's own report, for its clerk, while the unit holds it (drafting, or returned for completion).</summary>
    public static async Task<MovementReport> LoadOwnAsync(IAppDb db, Actor actor, Guid reportId, int revision, CancellationToken ct)
    {
        actor.RequireAny(Roles.UnitClerk);
        var report = await db.MovementReports.FirstOrDefaultAsync(r => r.Id == reportId, ct)
            ?? throw new NotFoundException("Không tìm thấy báo cáo.");
        if (report.OrganisationId != actor.OrganisationId) throw new ForbiddenException("Bạn không có quyền sửa báo cáo của đơn vị khác.");
        report.ExpectRevision(revision);
        if (!report.HeldByProposer)
            throw new DomainException("report-not-editable", "Báo cáo đã gửi Sở Nội vụ, không thể sửa số liệu chỉ tiêu (chờ Sở Nội vụ trả lại nếu cần sửa).");
        return report;
    }

    /// <summary>Validates the values (all problems at once, nothing stored) and adds them as the report's next version.</summary>
    public static async Task<ReportIndicators> SaveAsync(IAppDb db, MovementReport report, int revision, IReadOnlyDictionary<string, decimal> values,
        IndicatorSource source, DateTime now, string by, CancellationToken ct)
    {
        var latest = await db.ReportIndicators.Where(s => s.ReportId == report.Id).MaxAsync(s => (int?)s.Version, ct) ?? 0;
        var set = report.SetIndicators(revision, latest, values, source, now, by);
        db.ReportIndicators.Add(set);
        return set;
    }
}
