using System.Diagnostics;
using System.Threading.Channels;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;

namespace DossierFlow.Documents;

/// <summary>
/// Converts .docx to PDF with LibreOffice headless, one process per conversion. LibreOffice refuses, or hangs, when two
/// processes share a profile, so each running conversion takes a profile slot of its own (Documents:Pdf:Concurrency
/// slots, 1 by default) and the others wait. A conversion past the timeout is killed with its children, and its
/// profile is removed, since a killed LibreOffice can leave it locked. A document's bytes never change for its
/// version, so the PDF is cached on disk by their SHA-256: a second request for the same version converts nothing.
/// </summary>
public sealed class LibreOfficePdfConverter : IPdfConverter
{
    private readonly PdfOptions _options;
    private readonly Channel<int> _slots;
    private readonly string? _program;

    public LibreOfficePdfConverter(PdfOptions options)
    {
        _options = options;
        _slots = Channel.CreateUnbounded<int>();
        for (var slot = 0; slot < Math.Max(1, options.Concurrency); slot++) _slots.Writer.TryWrite(slot);
        _program = Locate(options.Soffice);
    }

    public string? Unavailable => _program is null
        ? $"Chưa xem được bản PDF: máy chủ chưa cài LibreOffice (không tìm thấy chương trình “{_options.Soffice}”). "
          + "Quản trị viên cài gói libreoffice-writer-nogui hoặc đặt Documents:Pdf:Soffice; tệp .docx vẫn tải về được."
        : null;

    public async Task<byte[]> ToPdfAsync(byte[] docx, CancellationToken ct = default)
    {
        if (Unavailable is { } missing) throw new DomainException("pdf-unavailable", missing);
        var cached = Path.Combine(_options.CacheFolder, DossierFlow.Domain.Dossiers.DocumentContent.HashOf(docx) + ".pdf");
        if (File.Exists(cached)) return await File.ReadAllBytesAsync(cached, ct);

        var slot = await _slots.Reader.ReadAsync(ct);
        var work = Directory.CreateTempSubdirectory("dossierflow-pdf-");
        try
        {
            // Another request may have converted the same version while this one waited for a slot.
            if (File.Exists(cached)) return await File.ReadAllBytesAsync(cached, ct);
            var input = Path.Combine(work.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var profile = Path.Combine(_options.ProfileFolder, slot.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await RunAsync(input, work.FullName, profile, ct);
            var output = Path.Combine(work.FullName, "document.pdf");
            if (!File.Exists(output))
                throw new DomainException("pdf-failed", "LibreOffice không chuyển được tài liệu này sang PDF. Hãy tải tệp .docx về để xem.");
            var pdf = await File.ReadAllBytesAsync(output, ct);
            Directory.CreateDirectory(_options.CacheFolder);
            // Written beside the cache entry, then moved: a reader never sees half a PDF.
            var temporary = cached + $".{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, pdf, ct);
            File.Move(temporary, cached, overwrite: true);
            return pdf;
        }
        finally
        {
            work.Delete(recursive: true);
            _slots.Writer.TryWrite(slot);
        }
    }

    private async Task RunAsync(string input, string outputFolder, string profile, CancellationToken ct)
    {
        var start = new ProcessStartInfo(_program!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                     $"-env:UserInstallation={new Uri(Path.GetFullPath(profile) + "/").AbsoluteUri}",
                     "--convert-to", "pdf", "--outdir", outputFolder, input,
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new DomainException("pdf-failed", "Không chạy được LibreOffice trên máy chủ.");
        // Read both streams, or a chatty LibreOffice blocks on a full pipe and looks like a hang.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            TryDelete(profile);
            ct.ThrowIfCancellationRequested();
            throw new DomainException("pdf-timeout",
                $"LibreOffice chưa chuyển xong tài liệu sau {_options.TimeoutSeconds} giây nên đã bị dừng. Hãy thử lại sau hoặc tải tệp .docx về.");
        }
        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0)
            throw new DomainException("pdf-failed", $"LibreOffice không chuyển được tài liệu sang PDF (mã lỗi {process.ExitCode}). Hãy tải tệp .docx về để xem.");
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { } // a fresh profile is made next time anyway; a leftover one is only slower
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The program's full path: as given when it has a folder, else the first match on PATH; null when missing.</summary>
    private static string? Locate(string program)
    {
        if (string.IsNullOrWhiteSpace(program)) return null;
        if (program.Contains('/') || program.Contains('\\')) return File.Exists(program) ? Path.GetFullPath(program) : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }
}
