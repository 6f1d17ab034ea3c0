using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports;

/// <summary>The unit edits its report (summary, the signed report file) and takes workflow actions on it.</summary>
public sealed class EditMovementReport(IAppDb db, Forms.IUploadInspector inspector, WorkflowAction action, TimeProvider clock)
{
    public async Task ChangeSummaryAsync(Actor actor, Guid id, int revision, string? summary, CancellationToken ct = default)
    {
        var report = await LoadOwnAsync(actor, id, ct);
        report.ChangeSummary(revision, summary, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<Guid> UploadAsync(Actor actor, Guid id, UploadInput input, CancellationToken ct = default)
    {
        var report = await LoadOwnAsync(actor, id, ct);
        var document = await SubjectUpload.AttachAsync(db, inspector, actor, report, input, clock.GetUtcNow().UtcDateTime, ct);
        return document.Id;
    }

    public async Task<WorkflowActionResult> HandleAsync(Actor actor, Guid id, WorkflowActionInput input, CancellationToken ct = default)
    {
        var report = await db.MovementReports.Include(r => r.Documents).Include(r => r.Journal).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy báo cáo.");
        actor.RequireVisible(report.OrganisationId);
        var movement = await db.Movements.Include(m => m.Deadlines).FirstAsync(m => m.Id == report.MovementId, ct);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == report.OrganisationId, ct);
        var result = await action.TakeAsync(actor, report, input,
            () => new GuardFacts(0, [MovementReport.DocumentKind], report.Documents.Select(d => d.Kind).ToHashSet(),
                DeadlineStatuses.For(movement, report.Year, action.DeadlineDay(report)), input.CriteriaConfirmed, false),
            new SubjectDescription("report", "Báo cáo", organisation, $"kết quả thực hiện năm {report.Year}", movement.Title, $"/Reports/Details/{report.Id}"), ct);
        return result;
    }

    private async Task<MovementReport> LoadOwnAsync(Actor actor, Guid id, CancellationToken ct)
    {
        actor.RequireAny(Roles.UnitClerk);
        var report = await db.MovementReports.Include(r => r.Documents).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy báo cáo.");
        if (report.OrganisationId != actor.OrganisationId) throw new ForbiddenException("Bạn không có quyền sửa báo cáo của đơn vị khác.");
        return report;
    }
}
