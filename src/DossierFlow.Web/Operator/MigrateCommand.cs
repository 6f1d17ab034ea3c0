using System.CommandLine;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Operator;

internal static class MigrateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("migrate", "apply pending database migrations");
        command.SetAction(OperatorCommands.InScope(services, (scope, _) => RunAsync(scope)));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services)
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
