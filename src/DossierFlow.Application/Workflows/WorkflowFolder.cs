namespace DossierFlow.Application.Workflows;

/// <summary>Reads and checks every workflow file of a folder (<c>*.yaml</c>; the calendar sub-folder is data, not workflows).</summary>
public static class WorkflowFolder
{
    public sealed record Entry(string File, string Text, WorkflowParseResult Result);

    public static IReadOnlyList<Entry> Read(string folder)
    {
        if (!Directory.Exists(folder))
            return [new Entry(folder, "", new WorkflowParseResult(null, [new WorkflowProblem(folder, 1, 1, "the workflows folder does not exist")]))];
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var shown = Path.Combine(Path.GetFileName(Path.GetFullPath(folder)), Path.GetFileName(path));
                return new Entry(path, text, WorkflowFile.Parse(shown, text));
            })
            .ToList();
    }
}
