using DossierFlow.Tests.Shared;
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

        await using var viaMigrations = await migrated.MigratedContextAsync();
        await using var viaModel = fromModel.NewContext();
        await viaModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(viaModel, provider);
        var actual = await SchemaDump.ReadAsync(viaMigrations, provider);
        Assert.Contains(expected, line => line.Contains("Dossiers"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrating_twice_applies_each_migration_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = await database.MigratedContextAsync()) { }
        await using var second = await database.MigratedContextAsync();

        Assert.Empty(await second.Database.GetPendingMigrationsAsync());
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }
}
