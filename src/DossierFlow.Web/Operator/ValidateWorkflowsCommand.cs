using System.CommandLine;
using DossierFlow.Application.Workflows;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Operator;

/// <summary>Checks every file of a workflows folder without touching the database; non-zero when any has a problem.</summary>
internal static class ValidateWorkflowsCommand
{
    private static readonly Argument<string?> Folder = new("FOLDER")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "the workflows folder (default: Workflows:Folder); a relative path is taken from the working directory",
    };

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("validate-workflows", "check every workflow file; non-zero on any problem") { Folder };
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var folder = args.GetValue(Folder) ?? services.GetRequiredService<IOptions<WorkflowOptions>>().Value.Folder;
        var entries = WorkflowFolder.Read(folder);
        foreach (var entry in entries)
        {
            if (entry.Result.Definition is { } d) Console.WriteLine($"ok    {d.Id} v{d.Version}: {d.Title} ({d.States.Count} states, {d.Transitions.Count} transitions)");
            foreach (var problem in entry.Result.Problems) Console.Error.WriteLine(problem);
        }
        var problems = entries.Sum(e => e.Result.Problems.Count);
        Console.WriteLine(problems == 0 ? $"{entries.Count} workflow file(s), no problems." : $"{problems} problem(s).");
        return Task.FromResult(problems == 0 ? 0 : 1);
    }
}
