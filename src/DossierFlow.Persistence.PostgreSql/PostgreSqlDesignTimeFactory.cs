using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DossierFlow.Persistence.PostgreSql;

/// <summary>
/// The context `dotnet ef` builds when it runs against this project: the application's model on PostgreSQL, so
/// `dotnet ef migrations add NAME --project src/DossierFlow.Persistence.PostgreSql` needs no startup project.
/// Generating a migration opens no database, so the connection string names none that must exist.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost;Database=dossierflow" });
        return new AppDbContext(builder.Options);
    }
}
