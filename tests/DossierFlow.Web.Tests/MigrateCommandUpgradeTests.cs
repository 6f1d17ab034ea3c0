using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The <c>migrate</c> verb on a SQLite database left by the release before the generated migrations, run as an
/// operator runs it: the real executable in its own process.
/// </summary>
public sealed class MigrateCommandUpgradeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-upgrade-{Guid.NewGuid():N}");
    private string Database => Path.Combine(_folder, "old.db");

    public MigrateCommandUpgradeTests() => Directory.CreateDirectory(_folder);

    /// <summary>The previous release's SQL, kept verbatim as fixtures, with the history rows it recorded.</summary>
    private void BuildPreviousRelease(int migrations)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        Execute(connection, """
            CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
            CREATE TABLE QRTZ_LOCKS (SCHED_NAME NVARCHAR(120) NOT NULL, LOCK_NAME NVARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME));
            """);
        var folder = DossierFlow.Tests.Shared.RepositoryRoot.Combine("tests", "DossierFlow.Persistence.Tests", "PreviousRelease", "Sqlite");
        foreach (var file in Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).Take(migrations))
        {
            Execute(connection, File.ReadAllText(file));
            Execute(connection, $"INSERT INTO \"__EFMigrationsHistory\" VALUES ('2026112100{Path.GetFileNameWithoutExtension(file)}', '10.0.14')");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Task<(int ExitCode, string Output, string Errors)> MigrateAsync() =>
        AppProcess.RunAsync(AppProcess.StartInfo(Database, _folder, "migrate"));

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Migrate_recognises_a_database_of_the_previous_release_and_upgrades_it()
    {
        BuildPreviousRelease(10);

        var first = await MigrateAsync();
        var second = await MigrateAsync();

        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains("The database of an earlier release was recognised", first.Output);
        Assert.Contains("_Initial is recorded in place of its hand-written migrations.", first.Output);
        // Every migration after Initial applies, whatever later releases add.
        Assert.Contains("Applied ", first.Output);
        Assert.Contains("_RemoveQuartzTables", first.Output);
        Assert.DoesNotContain("_Initial,", first.Output);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'QRTZ_LOCKS'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '2026112100%'"));
        Assert.Equal((0, "The database is up to date."), (second.ExitCode, second.Output.Trim()));
    }

    [Fact]
    public async Task Migrate_refuses_a_database_that_stopped_at_an_older_release_and_changes_nothing()
    {
        BuildPreviousRelease(9);

        var refused = await MigrateAsync();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("lacks its migrations after 20261121000009_ChairmanDecision", refused.Errors);
        Assert.Contains("Upgrade it with the previous release first", refused.Errors);
        Assert.Equal(9, Count("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'QRTZ_LOCKS'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
