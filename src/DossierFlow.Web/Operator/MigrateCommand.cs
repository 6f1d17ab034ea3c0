using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Operator;

internal static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        Console.WriteLine(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
