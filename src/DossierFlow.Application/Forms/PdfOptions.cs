namespace DossierFlow.Application.Forms;

/// <summary>The "Documents:Pdf" section: how Word documents are converted to PDF by LibreOffice (docs/operations.md).</summary>
public sealed class PdfOptions
{
    public const string Section = "Documents:Pdf";

    /// <summary>LibreOffice's program: a name looked up on PATH, or a full path.</summary>
    public string Soffice { get; set; } = "soffice";

    /// <summary>A conversion still running after this many seconds is killed with every process it started.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>How many conversions run at once; each has its own LibreOffice profile, which one process at a time may use.</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>Where converted PDFs are kept, by the SHA-256 of the document (a version never changes, so neither does its PDF).</summary>
    public string CacheFolder { get; set; } = "../../data/pdf-cache";

    /// <summary>Where the LibreOffice profiles of the conversions live (one subfolder per concurrent conversion).</summary>
    public string ProfileFolder { get; set; } = "../../data/libreoffice-profile";
}
