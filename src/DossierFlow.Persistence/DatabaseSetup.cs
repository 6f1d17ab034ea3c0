using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence;

/// <summary>Configures the DbContext for the chosen provider, with that provider's migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "DossierFlow.Persistence.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "DossierFlow.Persistence.PostgreSql";

    public static DbContextOptionsBuilder UseDossierFlowDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, o => o
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                if (options.SqliteSynchronous != SqliteSynchronous.Full) builder.AddInterceptors(SqliteSynchronousSetter.Normal);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString, o => o
                    .MigrationsAssembly(PostgreSqlMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }
        // No warning is silenced: Migrate() throws when the model has changes that no migration carries.
        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:") Directory.CreateDirectory(folder);
    }
}
