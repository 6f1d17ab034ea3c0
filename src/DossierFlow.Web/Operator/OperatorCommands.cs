using System.CommandLine;
using System.CommandLine.Invocation;

namespace DossierFlow.Web.Operator;

/// <summary>
/// Operator verbs of the same executable (<c>DossierFlow.Web help</c> lists them, <c>&lt;verb&gt; --help</c> describes one),
/// parsed by System.CommandLine. Each prints what it did and exits 0, or prints why not and exits non-zero
/// (1 = the command failed, 2 = it was called wrongly).
/// </summary>
public static class OperatorCommands
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int WrongUsage = 2;

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    /// <summary>The arguments the web host should see: none for a command, whose options are its own.</summary>
    public static string[] HostArgs(string[] args) => IsCommand(args) ? [] : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = Root(app.Services);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction error)
        {
            error.ShowTypoCorrections = parsed.CommandResult.Command is RootCommand; // "did you mean" helps for a verb only
            // The parser prints the errors, any "did you mean" and the verb's help; all of it goes to stderr, and a
            // wrong usage exits 2 (the parser's own code is 1, which here means a failed command).
            await parsed.InvokeAsync(new InvocationConfiguration { Output = Console.Error });
            return WrongUsage;
        }
        // Failures are reported by InScope; the parser's own handler would print a stack trace.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Root(IServiceProvider services)
    {
        var root = new RootCommand("""
            DossierFlow operator commands: dotnet run --project src/DossierFlow.Web -- <command> [options].
            Exit codes: 0 done, 1 the command failed, 2 wrong usage.
            """)
        {
            MigrateCommand.Create(services),
            CreateAdminCommand.Create(services),
            ImportOrganisationsCommand.Create(services),
            SeedDemoCommand.Create(services),
            GrowDatabaseCommand.Create(services),
            CreateApiTokenCommand.Create(services),
            ValidateWorkflowsCommand.Create(services),
            MigrateWorkflowCommand.Create(services),
            MailCommands.CreateSweep(services),
            MailCommands.CreateDispatch(services),
            MailCommands.CreateTestMail(services),
        };
        // The host has its own --version; without a verb there is nothing to run (Program.cs starts the web app then).
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        root.SetAction(_ => root.Parse(["--help"]).Invoke());
        var help = new Command("help", "show this text");
        help.SetAction(_ => root.Parse(["--help"]).Invoke());
        root.Add(help);
        return root;
    }

    /// <summary>An option that must be given a non-blank value.</summary>
    internal static Option<string> Required(string name, string helpName, string description)
    {
        var option = new Option<string>(name) { Required = true, HelpName = helpName, Description = description };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError($"Option {name} needs a value.");
        });
        return option;
    }

    /// <summary>
    /// The action of a verb: runs it in its own service scope and turns a failure into a message and exit code 1,
    /// because an operator needs the cause (e.g. the database cannot be reached), not a stack trace.
    /// </summary>
    internal static Func<ParseResult, CancellationToken, Task<int>> InScope(IServiceProvider services, Func<IServiceProvider, ParseResult, Task<int>> verb) =>
        async (parsed, _) =>
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                return await verb(scope.ServiceProvider, parsed);
            }
            catch (Exception e) when (e is Domain.Common.DomainException or Application.Common.NotFoundException
                                           or Application.Common.ForbiddenException)
            {
                Console.Error.WriteLine($"Lỗi: {e.Message}");
                return Failed;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"Failed: {e.GetType().Name}: {e.Message}");
                return Failed;
            }
        };
}
