using Microsoft.Data.Sqlite;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The demo database as the application leaves it after its first start in demo mode (migrated, workflows
/// published, province, accounts and council seeded), built once per test run by a real start and copied for every
/// <see cref="DemoApp"/>. Replaying the migrations and the seed took most of each application's start.
/// </summary>
internal static class DemoDatabaseTemplate
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gives <paramref name="databaseFile"/> its own copy of the seeded demo database.</summary>
    public static void CopyTo(string databaseFile) => File.Copy(Template.Value, databaseFile);

    private static string Build()
    {
        var template = Path.Combine(Path.GetTempPath(), $"dossierflow-demo-template-{Guid.NewGuid():N}.db");
        using (var app = DemoApp.Unseeded())
        {
            _ = app.Services; // starts it: migrates, publishes the workflows and seeds, as `dotnet run` does
            using var source = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
            using var copy = new SqliteConnection($"Data Source={template};Pooling=False");
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
            // Each installation makes its own sign-in keys at its first request; copies must not share one.
            using var keys = copy.CreateCommand();
            keys.CommandText = "DELETE FROM DataProtectionKeys";
            keys.ExecuteNonQuery();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }
}
