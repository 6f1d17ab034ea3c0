using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace DossierFlow.Scheduling;

public enum SchedulerStore { Sqlite, PostgreSql }

/// <summary>The application's database, which decides where Hangfire keeps its jobs.</summary>
public sealed record ApplicationDatabase(SchedulerStore Store, string ConnectionString);

/// <summary>
/// Where Hangfire keeps its jobs: on PostgreSQL the schema "hangfire" of the application's database (created
/// if missing); on the embedded default a SQLite file of its own beside the application's (its tables have no
/// prefix: Job, State, Set…), "dossierflow.db" → "dossierflow-jobs.db", or Scheduling:SqliteFile.
/// </summary>
public sealed class JobStore
{
    public const string PostgreSqlSchema = "hangfire";

    // Hangfire's default of 15 s would hold a mail queued by a workflow action that long before it leaves.
    private static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    public JobStore(ApplicationDatabase database, SchedulingOptions options)
    {
        Database = database;
        if (database.Store == SchedulerStore.Sqlite) SqliteFile = SqliteFileFor(database.ConnectionString, options.SqliteFile);
    }

    public ApplicationDatabase Database { get; }

    /// <summary>Hangfire's SQLite file (absolute), or null on PostgreSQL.</summary>
    public string? SqliteFile { get; }

    /// <summary>The file whose exclusive lock makes a process the one Hangfire server of a SQLite file.</summary>
    public string? ServerLockFile => SqliteFile is null ? null : SqliteFile + ".server-lock";

    public JobStorage Open()
    {
        if (SqliteFile is null)
        {
            var options = new PostgreSqlStorageOptions { SchemaName = PostgreSqlSchema, PrepareSchemaIfNecessary = true, QueuePollInterval = QueuePollInterval };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(Database.ConnectionString, options), options);
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile)!);
            return new SQLiteStorage(SqliteFile, new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Hangfire's SQLite file \"{SqliteFile}\" cannot be opened or created ({e.GetType().Name}: {e.Message}). "
                + $"Check the folder's permissions, or set {SchedulingOptions.Section}:SqliteFile.", e);
        }
    }

    public static string SqliteFileFor(string applicationConnectionString, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var source = new SqliteConnectionStringBuilder(applicationConnectionString).DataSource;
        if (source is "" or ":memory:")
            throw new InvalidOperationException($"The application's SQLite database has no file to put Hangfire's beside: set {SchedulingOptions.Section}:SqliteFile.");
        var full = Path.GetFullPath(source);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-jobs" + Path.GetExtension(full));
    }
}
