using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports;

public sealed record ReportView(MovementReport Report, string MovementTitle, string OrganisationName, DateOnly? DueOn,
    WorkflowDefinition Workflow, IReadOnlyList<TransitionDefinition> Actions, int? DaysLeft)
{
    public string StateTitle => Workflow.State(Report.State).Title;
}

public sealed class GetMovementReport(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    public async Task<ReportView> HandleAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var report = await db.MovementReports.AsNoTracking().Include(r => r.Documents).Include(r => r.Journal)
            .FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy báo cáo.");
        actor.RequireVisible(report.OrganisationId);
        var movement = await db.Movements.AsNoTracking().Include(m => m.Deadlines).FirstAsync(m => m.Id == report.MovementId, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == report.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var workflow = workflows.Get(report.WorkflowId, report.WorkflowVersion);
        var actions = WorkflowEngine.Available(workflow, report.State, report.OrganisationId, actor).Select(a => a.Transition).ToList();
        var due = movement.Deadlines.FirstOrDefault(d => d.Code == "unit-report")?.DueIn(report.Year);
        return new ReportView(report, movement.Title, organisation, due, workflow, actions,
            report.Clock.DaysLeft(VietnameseFormat.Today(clock), calendar));
    }
}
