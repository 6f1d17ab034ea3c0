using System.Security.Cryptography;
using System.Text;
using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Criteria;

/// <summary>
/// Publishes the valid files of the criteria folder (<c>workflows/criteria</c>) into the database and fills the
/// catalog from it, as workflows are published: a broken file is reported with its positions and skipped, so the
/// version already published stays in use; a published version whose file changed is refused. Nothing here stops
/// the start: a movement without valid criteria is judged by the reviewer alone.
/// </summary>
public sealed class CriteriaPublisher(IAppDb db, CriteriaCatalog catalog, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public const string SubFolder = "criteria";

    public async Task<IReadOnlyList<WorkflowProblem>> PublishAsync(CancellationToken ct = default)
    {
        var folder = Path.Combine(options.Value.Folder, SubFolder);
        var entries = Read(folder);
        var problems = entries.SelectMany(e => e.Result.Problems).ToList();
        var published = await db.PublishedCriteria.ToListAsync(ct);
        foreach (var (file, text, result) in entries.Where(e => e.Result.Set is not null))
        {
            var set = result.Set!;
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var existing = published.FirstOrDefault(p => p.CriteriaId == set.Id && p.Version == set.Version);
            if (existing is null)
                db.PublishedCriteria.Add(new PublishedCriteria(set.Id, set.Version, sha, text, Path.GetFileName(file), clock.GetUtcNow().UtcDateTime));
            else if (existing.Sha256 != sha)
                problems.Add(new WorkflowProblem(Path.GetFileName(file), 1, 1,
                    $"version {set.Version} of criteria '{set.Id}' is already published with other content; give the change version {set.Version + 1}. The published version stays in use."));
        }
        await db.SaveChangesAsync(ct);

        var sets = new List<CriteriaSet>();
        foreach (var record in await db.PublishedCriteria.AsNoTracking().ToListAsync(ct))
        {
            var parsed = CriteriaFile.Parse(record.SourceFile, record.Yaml);
            if (parsed.Set is not null) sets.Add(parsed.Set);
            else problems.AddRange(parsed.Problems.Select(p => p with { Message = $"(published version {record.Version}) {p.Message}" }));
        }
        catalog.Replace(sets, problems);
        return problems;
    }

    /// <summary>Every criteria file of a folder, read and checked (also what `validate-workflows` reports).</summary>
    public static IReadOnlyList<(string File, string Text, CriteriaParseResult Result)> Read(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var shown = Path.Combine(Path.GetFileName(Path.GetFullPath(folder)), Path.GetFileName(path));
                return (path, text, CriteriaFile.Parse(shown, text));
            })
            .ToList();
    }
}
