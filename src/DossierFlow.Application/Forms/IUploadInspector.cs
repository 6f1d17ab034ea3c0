namespace DossierFlow.Application.Forms;

/// <summary>
/// Decides from the bytes (never the name) what an uploaded file is, and refuses what must not be stored:
/// unknown types, disguised executables, macro-enabled or malformed Office files, archives that expand
/// enormously, path-like names. Throws a DomainException with a Vietnamese message; returns the content type.
/// </summary>
public interface IUploadInspector
{
    string Inspect(string fileName, byte[] content);
}
