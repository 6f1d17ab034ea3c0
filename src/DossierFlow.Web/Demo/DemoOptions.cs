using DossierFlow.Persistence;

namespace DossierFlow.Web.Demo;

/// <summary>The "Demo" section. Demo mode migrates, seeds the demo province and creates the demo accounts.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Null means "on for the embedded SQLite database, off for PostgreSQL".</summary>
    public bool? Enabled { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string Password { get; set; } = "DossierFlow@2026";

    public bool IsOn(DatabaseOptions database) => Enabled ?? database.Provider == DatabaseProvider.Sqlite;
}
