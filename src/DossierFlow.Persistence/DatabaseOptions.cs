using System.ComponentModel.DataAnnotations;

namespace DossierFlow.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>SQLite's <c>synchronous</c> setting (the database is in WAL mode): when a commit waits for the disk.</summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit waits for the disk: a committed action survives a power cut. The default.</summary>
    Full,
    /// <summary>Commits wait only at checkpoints: never corrupt, but a power cut may undo the last commits.</summary>
    Normal,
}

/// <summary>The "Database" section. SQLite (a file under data/) is the embedded default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "Database:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/dossierflow.db";

    /// <summary>SQLite only; see <see cref="SqliteSynchronous"/>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}
