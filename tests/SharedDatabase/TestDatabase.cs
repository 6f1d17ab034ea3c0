using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    private bool _used;

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
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file}", SqliteSynchronous = SqliteSynchronous.Normal }, file, null);
        }
        var name = $"df_test_{Guid.NewGuid():N}";
        await PostgreSqlAdminAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, null, name);
    }

    /// <param name="interceptors">What a test watches the context do (the statements an action sends).</param>
    public AppDbContext NewContext(params IInterceptor[] interceptors)
    {
        _used = true;
        return NewContext(Options, interceptors);
    }

    /// <summary>
    /// The database brought up to date. A database nothing has touched yet starts as a copy of one the migrations
    /// built once per test process (<see cref="MigratedTemplates"/>), so each test does not replay every migration;
    /// the migrations then run on it as on any database, and find nothing pending.
    /// </summary>
    public async Task<AppDbContext> MigratedContextAsync()
    {
        if (!_used)
        {
            if (_sqliteFile is not null) await MigratedTemplates.CopySqliteToAsync(_sqliteFile);
            else await MigratedTemplates.RecreatePostgreSqlAsync(_pgName!);
        }
        return await MigratedInPlaceContextAsync();
    }

    /// <summary>Every migration applied to this database as it is (all of them when it is new): for tests of the migrations.</summary>
    public async Task<AppDbContext> MigratedInPlaceContextAsync()
    {
        var db = NewContext();
        await DatabaseMigrations.ApplyAsync(db);
        return db;
    }

    internal static AppDbContext NewContext(DatabaseOptions options, params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(options);
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
        return new AppDbContext(builder.Options);
    }

    internal static string PostgreSqlServer => Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_PG")
        ?? throw new InvalidOperationException(
            "DOSSIERFLOW_TEST_PG is not set: run the tests with tests/run.sh, which starts PostgreSQL.");

    internal static async Task PostgreSqlAdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(PostgreSqlServer);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
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
            await PostgreSqlAdminAsync($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)");
        }
    }
}
