using DossierFlow.Persistence;
using Npgsql;

namespace DossierFlow.Tests.Shared;

/// <summary>
/// One database per provider that the migrations built, once per test process, which fresh test databases copy:
/// SQLite by copying the file, PostgreSQL with <c>CREATE DATABASE … TEMPLATE</c>. Connections to a template are
/// never pooled, so none stays open (PostgreSQL refuses to copy a database somebody is connected to).
/// </summary>
internal static class MigratedTemplates
{
    private static readonly Lazy<Task<string>> SqliteFile = new(BuildSqliteAsync);
    private static readonly Lazy<Task<string>> PostgreSqlName = new(BuildPostgreSqlAsync);

    public static async Task CopySqliteToAsync(string file) => File.Copy(await SqliteFile.Value, file);

    public static async Task RecreatePostgreSqlAsync(string name)
    {
        var template = await PostgreSqlName.Value;
        await TestDatabase.PostgreSqlAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await TestDatabase.PostgreSqlAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
    }

    private static async Task<string> BuildSqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossierflow-template-{Guid.NewGuid():N}.db");
        await MigrateAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=False", SqliteSynchronous = SqliteSynchronous.Normal });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }

    private static async Task<string> BuildPostgreSqlAsync()
    {
        var name = $"df_template_{Guid.NewGuid():N}";
        await TestDatabase.PostgreSqlAdminAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.PostgreSqlServer) { Database = name, Pooling = false }.ConnectionString;
        await MigrateAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { TestDatabase.PostgreSqlAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { } // the server may already be gone (tests/run.sh stops it); its folder is thrown away
        };
        return name;
    }

    private static async Task MigrateAsync(DatabaseOptions options)
    {
        await using var db = TestDatabase.NewContext(options);
        await DatabaseMigrations.ApplyAsync(db);
    }
}
