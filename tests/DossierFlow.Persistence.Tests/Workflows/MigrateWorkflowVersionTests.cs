using DossierFlow.Tests.Shared;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.Workflows;

public class MigrateWorkflowVersionTests
{
    private const string Id = "bang-khen-chu-tich-tinh";

    /// <summary>The shipped catalog plus the next version (3) of the provincial procedure (shipped at 2) whose "drafting" is renamed.</summary>
    private static WorkflowCatalog CatalogWithNextVersion()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolders.Workflows, Id + ".yaml"))
            .Replace("version: 2", "version: 3").Replace("drafting", "lap-ho-so");
        var v2 = WorkflowFile.Parse($"{Id}.v3.yaml", text);
        Assert.Empty(v2.Problems);
        var catalog = RepositoryFolders.Catalog();
        catalog.Replace(catalog.All.Append(v2.Definition!), []);
        return catalog;
    }

    private static async Task<TestDatabase> SeededAsync(WorkflowCatalog catalog)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync();
        return database;
    }

    [Fact]
    public async Task A_dry_run_lists_refusals_for_states_without_counterpart_and_changes_nothing()
    {
        var catalog = CatalogWithNextVersion();
        await using var database = await SeededAsync(catalog);
        await using var db = database.NewContext();

        var lines = await new MigrateWorkflowVersion(db, catalog, TimeProvider.System).HandleAsync(Id, 2, 3, new Dictionary<string, string>(), dryRun: true, "operator");

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Contains("--map drafting=", l.Refusal));
        await using var read = database.NewContext();
        Assert.All(await read.Dossiers.Where(d => d.WorkflowId == Id).ToListAsync(), d => Assert.Equal(2, d.WorkflowVersion));
    }

    [Fact]
    public async Task With_a_state_map_the_dossiers_move_and_the_move_is_journalled()
    {
        var catalog = CatalogWithNextVersion();
        await using var database = await SeededAsync(catalog);
        await using (var db = database.NewContext())
        {
            var lines = await new MigrateWorkflowVersion(db, catalog, TimeProvider.System)
                .HandleAsync(Id, 2, 3, new Dictionary<string, string> { ["drafting"] = "lap-ho-so" }, dryRun: false, "operator");
            await db.SaveChangesAsync();   // what the operator command's unit of work does when it is not a dry run
            Assert.All(lines, l => Assert.Equal("lap-ho-so", l.ToState));
        }
        await using var read = database.NewContext();
        var moved = await read.Dossiers.Include(d => d.Journal).Where(d => d.WorkflowId == Id).ToListAsync();
        Assert.All(moved, d => Assert.Equal((3, "lap-ho-so"), (d.WorkflowVersion, d.State)));
        Assert.All(moved, d => Assert.Equal("migrate-workflow", Assert.Single(d.Journal).Action));
    }

    [Fact]
    public async Task A_map_naming_a_state_the_target_lacks_is_refused()
    {
        var catalog = CatalogWithNextVersion();
        await using var database = await SeededAsync(catalog);
        await using var db = database.NewContext();
        await Assert.ThrowsAsync<DomainException>(() => new MigrateWorkflowVersion(db, catalog, TimeProvider.System)
            .HandleAsync(Id, 2, 3, new Dictionary<string, string> { ["drafting"] = "khong-co" }, dryRun: true, "operator"));
    }
}
