using System.Security.Cryptography;
using System.Text;
using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Workflows;

public sealed class WorkflowStartupException(string message) : Exception(message);

/// <summary>
/// Publishes the valid files of the workflows folder into the database and fills the catalog from it. A broken
/// file is reported and skipped, so the version already published stays in use; a published version whose file
/// changed is refused (a version never changes: the change needs a new version number). The application cannot
/// start only when a workflow it needs has no valid version at all.
/// </summary>
public sealed class WorkflowPublisher(IAppDb db, WorkflowCatalog catalog, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkflowProblem>> PublishAsync(CancellationToken ct = default)
    {
        var entries = WorkflowFolder.Read(options.Value.Folder);
        var problems = entries.SelectMany(e => e.Result.Problems).ToList();
        // Two files claiming the same id and version: neither is published, the one in use (if any) stays.
        var duplicates = entries.Where(e => e.Result.Definition is not null)
            .GroupBy(e => (e.Result.Definition!.Id, e.Result.Definition.Version)).Where(g => g.Count() > 1).ToList();
        foreach (var group in duplicates)
            problems.AddRange(group.Select(e => new WorkflowProblem(Path.GetFileName(e.File), 1, 1,
                $"another file ({string.Join(", ", group.Where(o => o != e).Select(o => Path.GetFileName(o.File)))}) also holds '{group.Key.Id}' version {group.Key.Version}; neither is published")));
        entries = entries.Where(e => !duplicates.Any(g => g.Contains(e))).ToList();
        var published = await db.PublishedWorkflows.ToListAsync(ct);
        foreach (var entry in entries.Where(e => e.Result.Definition is not null))
        {
            var definition = entry.Result.Definition!;
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Text)));
            var existing = published.FirstOrDefault(p => p.WorkflowId == definition.Id && p.Version == definition.Version);
            if (existing is null)
                db.PublishedWorkflows.Add(new PublishedWorkflow(definition.Id, definition.Version, sha, entry.Text,
                    Path.GetFileName(entry.File), clock.GetUtcNow().UtcDateTime));
            else if (existing.Sha256 != sha)
                problems.Add(new WorkflowProblem(Path.GetFileName(entry.File), 1, 1,
                    $"version {definition.Version} of '{definition.Id}' is already published with other content; a published version never changes, so give the change version {definition.Version + 1}. The published version stays in use."));
        }
        await db.SaveChangesAsync(ct);

        var definitions = new List<Domain.Workflows.WorkflowDefinition>();
        foreach (var record in await db.PublishedWorkflows.AsNoTracking().ToListAsync(ct))
        {
            var parsed = WorkflowFile.Parse(record.SourceFile, record.Yaml);
            if (parsed.Definition is not null) definitions.Add(parsed.Definition);
            else problems.AddRange(parsed.Problems.Select(p => p with { Message = $"(published version {record.Version}) {p.Message}" }));
        }
        catalog.Replace(definitions, problems);

        var needed = (await db.AwardTypes.Select(a => a.WorkflowId).Distinct().ToListAsync(ct)).Concat(options.Value.RequiredOrDefault).Distinct();
        var missing = needed.Where(id => definitions.All(d => d.Id != id)).ToList();
        if (missing.Count > 0)
            throw new WorkflowStartupException(
                $"No valid version of the workflow(s) {string.Join(", ", missing)} exists in {options.Value.Folder} or the database:"
                + string.Concat(problems.Select(p => "\n  " + p)));
        return problems;
    }
}
