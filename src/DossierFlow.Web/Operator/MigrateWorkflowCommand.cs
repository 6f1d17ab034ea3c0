using DossierFlow.Application.Common;
using System.CommandLine;
using DossierFlow.Application.Workflows;

namespace DossierFlow.Web.Operator;

internal static class MigrateWorkflowCommand
{
    private static readonly Option<string> Id = OperatorCommands.Required("--id", "ID", "the workflow id");
    private static readonly Option<int> From = new("--from") { Required = true, HelpName = "N", Description = "the version the dossiers are on" };
    private static readonly Option<int> To = new("--to") { Required = true, HelpName = "M", Description = "the version to move them to" };
    private static readonly Option<string[]> Map = new("--map")
    {
        HelpName = "OLD=NEW",
        Description = "a state of version N and its counterpart in version M (repeat for each)",
        DefaultValueFactory = _ => [],
    };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "only list what would move" };

    static MigrateWorkflowCommand() => Map.Validators.Add(result =>
    {
        foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
            if (pair.Split('=') is not [{ Length: > 0 }, { Length: > 0 }]) result.AddError($"--map {pair}: write OLD=NEW.");
    });

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("migrate-workflow", "move dossiers to another version of their workflow") { Id, From, To, Map, DryRun };
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var id = args.GetRequiredValue(Id);
        var from = args.GetValue(From);
        var to = args.GetValue(To);
        var map = new Dictionary<string, string>();
        foreach (var pair in args.GetValue(Map) ?? []) map[pair.Split('=')[0]] = pair.Split('=')[1];
        var dryRun = args.GetValue(DryRun);

        await services.GetRequiredService<WorkflowPublisher>().PublishAsync();
        IReadOnlyList<WorkflowMigrationLine> lines;
        // A dry run moves the subjects in memory to report what would happen, then rolls back.
        await using (var unit = await services.GetRequiredService<IUnitOfWork>().BeginAsync())
        {
            lines = await services.GetRequiredService<MigrateWorkflowVersion>().HandleAsync(id, from, to, map, dryRun, "operator");
            if (!dryRun) await unit.CompleteAsync();
        }
        foreach (var line in lines)
            Console.WriteLine(line.ToState is null
                ? $"refused  {line.SubjectId} {line.ProposerName}: {line.Refusal}"
                : $"{(dryRun ? "would move" : "moved")}  {line.SubjectId} {line.ProposerName}: {line.FromState} -> {line.ToState}");
        var moved = lines.Count(l => l.ToState is not null);
        Console.WriteLine($"{(dryRun ? "Dry run: would move" : "Moved")} {moved} dossier(s)/report(s) from {id} v{from} to v{to}; refused {lines.Count - moved}.");
        return lines.Count > moved ? 1 : 0;
    }
}
