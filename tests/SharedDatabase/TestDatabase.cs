using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DossierFlow.Tests.Shared;

/// <summary>
/// A fresh, empty database on a real server: a temporary SQLite file, or a new PostgreSQL database on the
/// server named by DOSSIERFLOW_TEST_PG (tests/run.sh starts one). Missing PostgreSQL fails the test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _pgName;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? pgName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _pgName = pgName;
    }

    public DatabaseOptions Options { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dossierflow-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file}" }, file, null);
        }
        var server = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_PG")
            ?? throw new InvalidOperationException(
                "DOSSIERFLOW_TEST_PG is not set: run the tests with tests/run.sh, which starts PostgreSQL.");
        var name = $"df_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, null, name);
    }

    public AppDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(Options);
        return new AppDbContext(builder.Options);
    }

    public async Task<AppDbContext> MigratedContextAsync()
    {
        var db = NewContext();
        await DatabaseMigrations.ApplyAsync(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqliteFile + suffix);
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_PG"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
