using System.ComponentModel.DataAnnotations;

namespace DossierFlow.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>The "Database" section. SQLite (a file under data/) is the embedded default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "Database:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/dossierflow.db";
}
