using System.Diagnostics;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

/// <summary>
/// The LibreOffice converter: a real conversion read back with pdftotext, the cache, the message when LibreOffice
/// is missing, the kill after the timeout, and one conversion at a time per profile (the last three with small
/// stand-in programs, since a real LibreOffice neither hangs nor overlaps on demand).
/// </summary>
public sealed class PdfConversionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossierflow-pdf-tests-").FullName;

    private PdfOptions Options(string soffice = "soffice", int timeoutSeconds = 120, int concurrency = 1) => new()
    {
        Soffice = soffice,
        TimeoutSeconds = timeoutSeconds,
        Concurrency = concurrency,
        CacheFolder = Path.Combine(_folder, "cache"),
        ProfileFolder = Path.Combine(_folder, "profiles"),
    };

    [Fact]
    public async Task A_generated_document_converts_with_LibreOffice_and_its_text_is_in_the_pdf()
    {
        Assert.True(File.Exists("/usr/bin/soffice"), "LibreOffice is needed: run the tests with tests/run.sh, which installs it.");
        var converter = new LibreOfficePdfConverter(Options());
        Assert.Null(converter.Unavailable);
        var docx = RenderingTests.Render("quyet-dinh-khen-thuong", NomineeKind.Collective);

        var pdf = await converter.ToPdfAsync(docx);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var text = PdfText(pdf);
        Assert.Contains("QUYẾT ĐỊNH", text);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text);
        Assert.Contains("Số: 05/QĐ-UBND", text);
        // Cached by the document's SHA-256 in the cache folder.
        Assert.True(File.Exists(Path.Combine(_folder, "cache", DocumentContent.HashOf(docx) + ".pdf")));
    }

    [Fact]
    public async Task A_version_already_converted_is_served_from_the_cache_without_running_LibreOffice()
    {
        var docx = RenderingTests.Render("to-trinh", NomineeKind.Individual);
        var first = await new LibreOfficePdfConverter(Options(soffice: Script("fake-soffice", FakeSoffice("")))).ToPdfAsync(docx);
        // This program always fails: a second conversion of the same bytes would throw.
        var failing = new LibreOfficePdfConverter(Options(soffice: Script("failing-soffice", "#!/bin/sh\nexit 77\n")));
        Assert.Equal(first, await failing.ToPdfAsync(docx));
        var other = await Assert.ThrowsAsync<DomainException>(() => failing.ToPdfAsync(RenderingTests.Render("to-trinh", NomineeKind.Collective)));
        Assert.Equal("pdf-failed", other.Code);
        Assert.Contains("mã lỗi 77", other.Message);
    }

    [Fact]
    public async Task Without_LibreOffice_the_converter_says_in_Vietnamese_what_is_missing()
    {
        var converter = new LibreOfficePdfConverter(Options(soffice: "/opt/khong-co/soffice"));
        Assert.Contains("máy chủ chưa cài LibreOffice", converter.Unavailable);
        Assert.Contains("libreoffice-writer-nogui", converter.Unavailable);
        var refused = await Assert.ThrowsAsync<DomainException>(() => converter.ToPdfAsync([1, 2, 3]));
        Assert.Equal("pdf-unavailable", refused.Code);
        Assert.Contains("soffice", new LibreOfficePdfConverter(Options(soffice: "khong-co-soffice-tren-path")).Unavailable);
    }

    [Fact]
    public async Task A_conversion_past_the_timeout_is_killed_with_its_children_and_its_profile_removed()
    {
        var pids = Path.Combine(_folder, "pids");
        // Stands in for a LibreOffice that hangs: it starts a child (as soffice starts soffice.bin) and waits for it.
        var hanging = Script("hanging-soffice", $"#!/bin/sh\nmkdir -p \"{_folder}/profiles/0/user\"\nsleep 600 &\necho $$ $! > \"{pids}\"\nwait\n");
        var converter = new LibreOfficePdfConverter(Options(soffice: hanging, timeoutSeconds: 1));

        var refused = await Assert.ThrowsAsync<DomainException>(() => converter.ToPdfAsync(RenderingTests.Render("to-trinh", NomineeKind.Individual)));

        Assert.Equal("pdf-timeout", refused.Code);
        Assert.Contains("sau 1 giây nên đã bị dừng", refused.Message);
        foreach (var pid in File.ReadAllText(pids).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse))
            Assert.False(IsRunning(pid), $"process {pid} still runs after the timeout");
        Assert.False(Directory.Exists(Path.Combine(_folder, "profiles", "0")), "the killed conversion's profile was kept");
    }

    [Fact]
    public async Task Conversions_sharing_a_profile_run_one_at_a_time_and_each_gets_its_own_pdf()
    {
        // Each run takes a lock folder in its profile for a moment; a second run inside the same profile would find it taken.
        var program = Script("exclusive-soffice", FakeSoffice("""
            profile=$(printf '%s\n' "$@" | sed -n 's|^-env:UserInstallation=file://||p')
            mkdir -p "$profile"
            mkdir "$profile/busy" || echo overlap >> "__LOG__"
            sleep 0.3
            rmdir "$profile/busy"
            """.Replace("__LOG__", Path.Combine(_folder, "overlaps"))));
        var converter = new LibreOfficePdfConverter(Options(soffice: program));
        var inputs = Samples.Forms.Take(4).Select(f => RenderingTests.Render(f.Code, NomineeKind.Individual)).ToList();

        var pdfs = await Task.WhenAll(inputs.Select(docx => Task.Run(() => converter.ToPdfAsync(docx))));

        Assert.False(File.Exists(Path.Combine(_folder, "overlaps")), "two conversions used one profile at once");
        for (var i = 0; i < inputs.Count; i++)
            Assert.EndsWith(DocumentContent.HashOf(inputs[i]), System.Text.Encoding.ASCII.GetString(pdfs[i]).Trim());
    }

    /// <summary>A stand-in soffice that writes, as document.pdf in --outdir, "%PDF-fake " and the input's SHA-256.</summary>
    private static string FakeSoffice(string before) => "#!/bin/bash\n" + before + """

        out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
        input="${@: -1}"
        printf '%%PDF-fake %s\n' "$(sha256sum "$input" | cut -d' ' -f1)" > "$out/$(basename "${input%.*}").pdf"
        """;

    private string Script(string name, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, body.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>Running, or stopped but not yet reaped: a zombie (state Z) no longer runs.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException) { return false; }
    }

    internal static string PdfText(byte[] pdf)
    {
        Assert.True(File.Exists("/usr/bin/pdftotext"), "poppler's pdftotext is needed: run the tests with tests/run.sh, which installs it.");
        var file = Path.Combine(Path.GetTempPath(), $"dossierflow-pdftext-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally { File.Delete(file); }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
