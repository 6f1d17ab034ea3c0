namespace DossierFlow.Application.Criteria;

/// <summary>
/// A version of a movement's criteria file as it was published: the text is kept for ever, so an evaluation
/// names the version it was judged by, and a broken or changed file leaves the published version in use.
/// </summary>
public sealed class PublishedCriteria
{
    private PublishedCriteria() { CriteriaId = Sha256 = Yaml = SourceFile = ""; }

    public PublishedCriteria(string criteriaId, int version, string sha256, string yaml, string sourceFile, DateTime publishedAt)
    {
        CriteriaId = criteriaId;
        Version = version;
        Sha256 = sha256;
        Yaml = yaml;
        SourceFile = sourceFile;
        PublishedAt = publishedAt;
    }

    public string CriteriaId { get; private set; }
    public int Version { get; private set; }
    public string Sha256 { get; private set; }
    public string Yaml { get; private set; }
    public string SourceFile { get; private set; }
    public DateTime PublishedAt { get; private set; }
}
