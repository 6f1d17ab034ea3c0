namespace DossierFlow.Application.Workflows;

/// <summary>
/// A workflow version as it was published: its YAML text is kept for ever, so dossiers pinned to it keep
/// working after the file changes or disappears, and a changed file cannot silently alter a published version.
/// </summary>
public sealed class PublishedWorkflow
{
    private PublishedWorkflow() { WorkflowId = Sha256 = Yaml = SourceFile = ""; }

    public PublishedWorkflow(string workflowId, int version, string sha256, string yaml, string sourceFile, DateTime publishedAt)
    {
        WorkflowId = workflowId;
        Version = version;
        Sha256 = sha256;
        Yaml = yaml;
        SourceFile = sourceFile;
        PublishedAt = publishedAt;
    }

    public string WorkflowId { get; private set; }
    public int Version { get; private set; }
    public string Sha256 { get; private set; }
    public string Yaml { get; private set; }
    public string SourceFile { get; private set; }
    public DateTime PublishedAt { get; private set; }
}
