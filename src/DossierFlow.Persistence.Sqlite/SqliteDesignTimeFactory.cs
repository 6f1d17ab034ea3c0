using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DossierFlow.Persistence.Sqlite;

/// <summary>
/// The context `dotnet ef` builds when it runs against this project: the application's model on SQLite, so
/// `dotnet ef migrations add NAME --project src/DossierFlow.Persistence.Sqlite` needs no startup project.
/// Generating a migration opens no database.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
        return new AppDbContext(builder.Options);
    }
}
