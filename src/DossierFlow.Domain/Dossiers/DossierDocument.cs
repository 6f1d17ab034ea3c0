namespace DossierFlow.Domain.Dossiers;

/// <summary>
/// Metadata of one version of one document of a dossier. The bytes live in <see cref="DocumentContent"/>,
/// keyed by SHA-256, so identical files are stored once. Versions are never replaced: a new upload of the
/// same kind adds the next version.
/// </summary>
public sealed class DossierDocument
{
    private DossierDocument() { Kind = FileName = ContentType = Sha256 = UploadedBy = ""; }

    internal DossierDocument(Guid id, string kind, int version, string fileName, string contentType, long size,
        string sha256, DateTime uploadedAt, string uploadedBy, bool signed = true, bool numbered = false)
    {
        IsSigned = signed;
        IsNumbered = numbered;
        Id = id;
        Kind = kind;
        Version = version;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public Guid Id { get; private set; }
    /// <summary>Form code of the document (e.g. "to-trinh") or "evidence".</summary>
    public string Kind { get; private set; }
    public int Version { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; }

    /// <summary>
    /// Whether this version carries the signatures: an uploaded scan does; a generated document does only once its
    /// unit marks the numbered version signed (the paper was signed and kept). Only signed versions complete a dossier.
    /// </summary>
    public bool IsSigned { get; private set; }
    /// <summary>A generated document that was given its number (a draft has none and is never marked signed).</summary>
    public bool IsNumbered { get; private set; }

    internal void MarkSigned() => IsSigned = true;
}
