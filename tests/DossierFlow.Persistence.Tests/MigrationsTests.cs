using DossierFlow.Tests.Shared;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

public class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_built_by_the_migrations_matches_the_EF_model(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);

        await using var viaMigrations = await migrated.MigratedInPlaceContextAsync();
        await using var viaModel = fromModel.NewContext();
        await viaModel.Database.EnsureCreatedAsync();

        Assert.False(viaMigrations.Database.HasPendingModelChanges());
        var expected = await SchemaDump.ReadAsync(viaModel, provider);
        var actual = await SchemaDump.ReadAsync(viaMigrations, provider);
        Assert.Contains(expected, line => line.Contains("Dossiers"));
        // The model knows no triggers: the migrations add the journal's and SQLite's search index (its FTS5 table and
        // the triggers keeping it, ADR 0027), and the inbox's index over the clock's column and its owner's (which EF
        // cannot model, ADR 0044), and nothing else beyond the model. pg_trgm's functions are the extension's.
        const string inboxIndex = "IX_Dossiers_State_ClockDueOn_SubmittedAt_Id";
        Assert.Contains(actual, line => line.Contains(inboxIndex));
        Assert.Equal(expected.Where(line => !line.StartsWith("function ")),
            actual.Where(line => !line.StartsWith("trigger ") && !line.StartsWith("function ") && !line.Contains("DossierSearch") && !line.Contains(inboxIndex)));
        Assert.Equal(provider == DatabaseProvider.Sqlite ? 2 : 1, actual.Count(line => line.StartsWith("trigger JournalEntries.")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrating_twice_applies_each_migration_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = await database.MigratedInPlaceContextAsync()) { }
        await using var second = await database.MigratedInPlaceContextAsync();

        Assert.Empty(await second.Database.GetPendingMigrationsAsync());
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_of_the_previous_release_is_upgraded_with_its_data(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider);
        await PreviousRelease.BuildAsync(old);
        await using (var db = PreviousRelease.NewContext(old))
        {
            await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync();
            var dossier = await db.Dossiers.Include(d => d.Journal).FirstAsync();
            var definition = RepositoryFolders.Catalog().Get(dossier.WorkflowId, dossier.WorkflowVersion);
            var leader = new Actor("l", "Lãnh đạo", dossier.ProposingOrganisationId, new HashSet<string> { Roles.UnitLeader });
            var decision = new TransitionDecision(definition.Find("submit", "drafting")!, Roles.UnitLeader, false);
            dossier.Apply(definition, decision, leader, null, Guid.NewGuid(), dossier.Revision, DateTime.UtcNow, new DateOnly(2026, 11, 23), RepositoryFolders.Calendar());
            await db.SaveChangesAsync();
        }

        await using var upgraded = old.NewContext();
        var result = await DatabaseMigrations.ApplyAsync(upgraded);

        var migrations = upgraded.Database.GetMigrations().ToList();
        Assert.Equal(migrations[0], result.BaselinedAs);
        Assert.Equal(migrations.Skip(1), result.Applied);
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
        Assert.Equal(migrations, await upgraded.Database.GetAppliedMigrationsAsync());
        Assert.Equal(4, await upgraded.Dossiers.CountAsync());
        // The migration gave the dossiers their codes and the counter continues after them.
        Assert.Equal(["HS-2026-000001", "HS-2026-000002", "HS-2026-000003", "HS-2026-000004"],
            await upgraded.Dossiers.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
        Assert.Equal(5, await new DocumentNumbers(upgraded).NextAsync(Application.Dossiers.DossierCodes.CounterIssuer, "HS", 2026, default));
        Assert.True(await upgraded.Organisations.AnyAsync(o => o.Code == DemoProvince.ProvinceCode));
        Assert.Equal("submit", (await upgraded.Set<JournalEntry>().SingleAsync()).Action);
        await Assert.ThrowsAnyAsync<Exception>(() => upgraded.Database.ExecuteSqlRawAsync("UPDATE \"JournalEntries\" SET \"Comment\" = 'sửa lén'"));
        Assert.Null((await upgraded.Set<JournalEntry>().AsNoTracking().SingleAsync()).Comment);
        Assert.Empty(await SchemaDump.QuartzTablesAsync(upgraded, provider));

        // The nominees stored before the Nominees migration have an empty folded name until start-up fills it.
        Assert.Contains("", await upgraded.Dossiers.SelectMany(d => d.Nominees).Select(n => n.FoldedName).ToListAsync());
        Assert.True(await new Application.Dossiers.FillListKeys(upgraded, RepositoryFolders.Calendar()).RunAsync() > 0);
        var folded = await upgraded.Dossiers.SelectMany(d => d.Nominees).AsNoTracking().Select(n => new { n.Name, n.FoldedName }).ToListAsync();
        Assert.Contains(new { Name = "Trần Thị Ngọc Hương", FoldedName = "tran thi ngoc huong" }, folded);
        Assert.All(folded, n => Assert.Equal(Domain.Common.SearchText.Fold(n.Name), n.FoldedName));
        Assert.Equal(0, await new Application.Dossiers.FillListKeys(upgraded, RepositoryFolders.Calendar()).RunAsync());

        // The old SQL plus the baseline gives the schema the generated migrations give, triggers included.
        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using var viaMigrations = await fresh.MigratedInPlaceContextAsync();
        Assert.Equal(await SchemaDump.ReadAsync(viaMigrations, provider), await SchemaDump.ReadAsync(upgraded, provider));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_with_part_of_the_previous_release_migrations_is_refused_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider);
        await PreviousRelease.BuildAsync(old, migrations: 9);
        await using var db = old.NewContext();
        var before = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        var refusal = await Assert.ThrowsAsync<DatabaseUpgradeException>(() => DatabaseMigrations.ApplyAsync(db));

        Assert.Contains("20261121000009_ChairmanDecision", refusal.Message);
        Assert.Contains("Upgrade it with the previous release first", refusal.Message);
        Assert.Equal(9, before.Count);
        Assert.Equal(before, await db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(await SchemaDump.QuartzTablesAsync(db, provider));
    }
}
