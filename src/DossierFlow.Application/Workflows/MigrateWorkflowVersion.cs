using DossierFlow.Application.Common;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Workflows;

public sealed record WorkflowMigrationLine(Guid SubjectId, string ProposerName, string FromState, string? ToState, string? Refusal);

/// <summary>
/// Moves the dossiers and yearly reports on one version of a workflow to another. A state keeps its name unless the map renames
/// it; a dossier whose state has no counterpart in the target version is refused and stays where it is. A dry
/// run lists what would move and changes nothing; a real run journals every move.
/// </summary>
public sealed class MigrateWorkflowVersion(IAppDb db, WorkflowCatalog workflows, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<WorkflowMigrationLine>> HandleAsync(string workflowId, int fromVersion, int toVersion,
        IReadOnlyDictionary<string, string> stateMap, bool dryRun, string operatorName, CancellationToken ct = default)
    {
        var source = workflows.Find(workflowId, fromVersion)
            ?? throw new DomainException("workflow-version-unknown", $"Không có phiên bản {fromVersion} của quy trình \"{workflowId}\".");
        var target = workflows.Find(workflowId, toVersion)
            ?? throw new DomainException("workflow-version-unknown", $"Không có phiên bản {toVersion} của quy trình \"{workflowId}\".");
        foreach (var (from, to) in stateMap)
        {
            if (!source.States.ContainsKey(from)) throw new DomainException("workflow-map-unknown", $"Phiên bản {fromVersion} không có bước \"{from}\".");
            if (!target.States.ContainsKey(to)) throw new DomainException("workflow-map-unknown", $"Phiên bản {toVersion} không có bước \"{to}\".");
        }

        var subjects = new List<Domain.Workflows.WorkflowSubject>();
        subjects.AddRange(await db.Dossiers.Include(d => d.Journal).Include(d => d.Documents)
            .Where(d => d.WorkflowId == workflowId && d.WorkflowVersion == fromVersion).ToListAsync(ct));
        subjects.AddRange(await db.MovementReports.Include(r => r.Journal).Include(r => r.Documents)
            .Where(r => r.WorkflowId == workflowId && r.WorkflowVersion == fromVersion).ToListAsync(ct));
        var owners = subjects.Select(s => s.OwnerOrganisationId).Distinct().ToList();
        var names = await db.Organisations.Where(o => owners.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var lines = new List<WorkflowMigrationLine>();
        foreach (var subject in subjects)
        {
            var newState = stateMap.GetValueOrDefault(subject.State) ?? (target.States.ContainsKey(subject.State) ? subject.State : null);
            var refusal = newState is null ? $"bước \"{subject.State}\" không có trong phiên bản {toVersion}; thêm --map {subject.State}=<bước mới>" : null;
            lines.Add(new WorkflowMigrationLine(subject.Id, names.GetValueOrDefault(subject.OwnerOrganisationId, ""), subject.State, newState, refusal));
            if (!dryRun && newState is not null) subject.MigrateTo(target, newState, operatorName, clock.GetUtcNow().UtcDateTime);
        }
        return lines;
    }
}
