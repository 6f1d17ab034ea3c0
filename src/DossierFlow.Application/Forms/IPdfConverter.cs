using DossierFlow.Domain.Common;

namespace DossierFlow.Application.Forms;

/// <summary>Turns a Word document into PDF (LibreOffice, in the Documents project).</summary>
public interface IPdfConverter
{
    const string PdfContentType = "application/pdf";

    /// <summary>Null when conversions can run; otherwise, in Vietnamese, what is missing on the server.</summary>
    string? Unavailable { get; }

    /// <summary>
    /// The PDF of <paramref name="docx"/>. Throws <see cref="DomainException"/> with code <c>pdf-unavailable</c>,
    /// <c>pdf-timeout</c> or <c>pdf-failed</c>.
    /// </summary>
    Task<byte[]> ToPdfAsync(byte[] docx, CancellationToken ct = default);
}

/// <summary>Documents offered as PDF: a Word document converted, a PDF as it is; other files have no PDF.</summary>
public static class PdfExport
{
    public static async Task<ExportFile> AsPdfAsync(this IPdfConverter converter, ExportFile file, CancellationToken ct = default)
    {
        if (file.ContentType == IPdfConverter.PdfContentType) return file;
        if (file.ContentType != IDocumentRenderer.DocxContentType)
            throw new DomainException("pdf-not-a-document", "Chỉ tài liệu Word (.docx) mới xem được dưới dạng PDF; tệp này hãy tải về để xem.");
        return new ExportFile(Path.ChangeExtension(file.FileName, ".pdf"), IPdfConverter.PdfContentType, await converter.ToPdfAsync(file.Content, ct));
    }
}
