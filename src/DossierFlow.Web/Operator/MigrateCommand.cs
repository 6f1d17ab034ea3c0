using System.CommandLine;
using DossierFlow.Persistence;

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
        var (baselinedAs, pending) = await DatabaseMigrations.ApplyAsync(db);
        if (baselinedAs is not null)
            Console.WriteLine($"The database of an earlier release was recognised: {baselinedAs} is recorded in place of its hand-written migrations.");
        Console.WriteLine(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        // Always, not only when something was applied: a database migrated by an earlier release's verb, whose
        // start-up filled them, may not have been started since. Each save keeps the keys afterwards.
        if (await services.GetRequiredService<Application.Dossiers.FillListKeys>().RunAsync() is > 0 and var filled)
            Console.WriteLine($"Filled the search keys and due dates of {filled} rows stored before they existed.");
        return 0;
    }
}
