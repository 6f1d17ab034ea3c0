namespace DossierFlow.Web.Operator;

/// <summary>
/// Operator verbs of the same executable (<c>DossierFlow.Web help</c> lists them). Each prints what it did and exits 0, or prints why not and exits non-zero
/// (1 = the command failed, 2 = it was called wrongly).
/// </summary>
public static class OperatorCommands
{
    private static readonly Dictionary<string, Func<IServiceProvider, OperatorArgs, Task<int>>> Verbs = new()
    {
        ["migrate"] = MigrateCommand.RunAsync,
        ["create-admin"] = CreateAdminCommand.RunAsync,
        ["import-organisations"] = ImportOrganisationsCommand.RunAsync,
        ["seed-demo"] = SeedDemoCommand.RunAsync,
        ["create-api-token"] = CreateApiTokenCommand.RunAsync,
        ["validate-workflows"] = ValidateWorkflowsCommand.RunAsync,
        ["migrate-workflow"] = MigrateWorkflowCommand.RunAsync,
        ["sweep-deadlines"] = MailCommands.SweepAsync,
        ["dispatch-outbox"] = MailCommands.DispatchAsync,
        ["send-test-mail"] = MailCommands.TestMailAsync,
        ["help"] = (_, _) => Task.FromResult(Usage(Console.Out, 0)),
    };

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    /// <summary>The arguments the web host should see: none for a command, whose options are its own.</summary>
    public static string[] HostArgs(string[] args) => IsCommand(args) ? [] : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (!Verbs.TryGetValue(args[0] is "--help" or "-h" ? "help" : args[0], out var verb))
        {
            Console.Error.WriteLine($"Unknown command '{args[0]}'.");
            return Usage(Console.Error, 2);
        }
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await verb(scope.ServiceProvider, OperatorArgs.Parse(args.Skip(1)));
        }
        catch (OperatorUsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage(Console.Error, 2);
        }
        catch (Exception e) when (e is Domain.Common.DomainException or Application.Common.NotFoundException
                                       or Application.Common.ForbiddenException)
        {
            Console.Error.WriteLine($"Lỗi: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            // An operator needs the cause (e.g. the database cannot be reached), not a stack trace.
            Console.Error.WriteLine($"Failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("""
            Usage: dotnet run --project src/DossierFlow.Web -- <command> [options]
              migrate                                  apply pending database migrations
              create-admin --user NAME --password PW --name "FULL NAME" --organisation CODE [--email E]
                                                       create an administrator bound to an organisation
              import-organisations FILE.csv            import organisations (all or nothing)
              seed-demo                                seed the demo province and its demo accounts
              create-api-token --user NAME             issue a bearer token for a (service) account
              validate-workflows [FOLDER]              check every workflow file; non-zero on any problem
              migrate-workflow --id ID --from N --to M [--map OLD=NEW]... [--dry-run]
                                                       move dossiers to another version of their workflow
              sweep-deadlines [--as-of dd/MM/yyyy]     queue reminders and late notices as of a day (default today)
              dispatch-outbox                          send the mails that are due now
              send-test-mail --to ADDRESS              queue and send one Vietnamese test mail
              help                                     show this text
            """);
        return exitCode;
    }
}
