using Microsoft.Data.Sqlite;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The operator verbs, run as an operator runs them: the real executable in its own process, on a folder of the
/// test's own. The tests are split into several classes so that xUnit runs them in parallel (each class is a collection).
/// </summary>
public abstract class CommandLineTest : IDisposable
{
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), $"dossierflow-cli-{Guid.NewGuid():N}");

    protected CommandLineTest() => Directory.CreateDirectory(Folder);

    protected Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) => RunWithAsync(new Dictionary<string, string>(), args);

    protected async Task<(int ExitCode, string Output, string Errors)> RunWithAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = AppProcess.StartInfo(Path.Combine(Folder, "cli.db"), Folder, args);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return await AppProcess.RunAsync(start);
    }

    /// <summary>
    /// A migrated database for a test whose subject is not `migrate` itself: a copy of one migrated once per test run
    /// (the same <c>DatabaseMigrations.ApplyAsync</c> the verb runs), which spares a process start per test.
    /// </summary>
    protected Task MigratedAsync() => DossierFlow.Tests.Shared.MigratedTemplates.CopySqliteToAsync(Path.Combine(Folder, "cli.db"));

    protected string WriteCsv(string content)
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    protected long CountOrganisations() => Count("SELECT COUNT(*) FROM Organisations");

    protected long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, "cli.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
