using DossierFlow.Application.Workflows;

namespace DossierFlow.Web.Operator;

internal static class MigrateWorkflowCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var id = args.Required("id");
        if (!int.TryParse(args.Required("from"), out var from) || !int.TryParse(args.Required("to"), out var to))
            throw new OperatorUsageException("--from and --to are version numbers.");
        var map = new Dictionary<string, string>();
        foreach (var pair in args.All("map"))
            map[pair.Split('=')[0]] = pair.Split('=') is [_, var target] ? target : throw new OperatorUsageException($"--map {pair}: write OLD=NEW.");
        var dryRun = args.Flag("dry-run");

        await services.GetRequiredService<WorkflowPublisher>().PublishAsync();
        var lines = await services.GetRequiredService<MigrateWorkflowVersion>().HandleAsync(id, from, to, map, dryRun, "operator");
        foreach (var line in lines)
            Console.WriteLine(line.ToState is null
                ? $"refused  {line.SubjectId} {line.ProposerName}: {line.Refusal}"
                : $"{(dryRun ? "would move" : "moved")}  {line.SubjectId} {line.ProposerName}: {line.FromState} -> {line.ToState}");
        var moved = lines.Count(l => l.ToState is not null);
        Console.WriteLine($"{(dryRun ? "Dry run: would move" : "Moved")} {moved} dossier(s)/report(s) from {id} v{from} to v{to}; refused {lines.Count - moved}.");
        return lines.Count > moved ? 1 : 0;
    }
}
