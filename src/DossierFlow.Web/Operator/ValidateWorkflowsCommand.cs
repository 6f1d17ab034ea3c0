using DossierFlow.Application.Workflows;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Operator;

/// <summary>Checks every file of a workflows folder without touching the database; non-zero when any has a problem.</summary>
internal static class ValidateWorkflowsCommand
{
    public static Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var folder = args.OptionalPositional(0) ?? services.GetRequiredService<IOptions<WorkflowOptions>>().Value.Folder;
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
