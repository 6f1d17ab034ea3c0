namespace DossierFlow.Application.Forms;

/// <summary>
/// Decides from the bytes what an uploaded file is, requires the name's extension to agree, and refuses what
/// must not be stored: unknown types, disguised executables, misleading names, PDFs with active content,
/// macro-enabled, externally linked or malformed Office files, archives that lie, nest or expand enormously.
/// Throws a DomainException with a Vietnamese message; returns the content type.
/// </summary>
public interface IUploadInspector
{
    string Inspect(string fileName, byte[] content);
}
