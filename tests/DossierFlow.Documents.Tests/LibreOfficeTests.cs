using System.Diagnostics;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

/// <summary>Every form, converted to PDF by LibreOffice and read back with pdftotext, shows its key texts.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-lo-{Guid.NewGuid():N}");

    public LibreOfficeTests() => Directory.CreateDirectory(_folder);

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        if (!process.WaitForExit(180_000)) { process.Kill(true); throw new TimeoutException($"{file} took over 3 minutes"); }
        return (process.ExitCode, output.Result);
    }

    [Fact]
    public void Each_form_converts_to_pdf_with_the_national_title_the_type_names_with_diacritics_date_and_number()
    {
        Assert.True(File.Exists("/usr/bin/soffice") && File.Exists("/usr/bin/pdftotext"),
            "LibreOffice and poppler are needed: run the tests with tests/run.sh, which installs them.");
        var files = new List<(string Path, string Code, NomineeKind Kind)>();
        foreach (var form in Samples.Forms)
            foreach (var kind in new[] { NomineeKind.Collective, NomineeKind.Individual }.Where(k => form.Serves(Application.Forms.FormContext.KindName(k))))
            {
                var path = Path.Combine(_folder, $"{form.Code}-{kind}.docx");
                File.WriteAllBytes(path, RenderingTests.Render(form.Code, kind));
                files.Add((path, form.Code, kind));
            }
        // One LibreOffice process converts them all, with its own profile so parallel runs do not collide.
        var (code, _) = Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile",
            "--convert-to", "pdf", "--outdir", _folder, .. files.Select(f => f.Path)]);
        Assert.Equal(0, code);

        foreach (var (path, formCode, kind) in files)
        {
            var (_, text) = Run("pdftotext", Path.ChangeExtension(path, ".pdf"), "-");
            var form = Samples.Forms.Single(f => f.Code == formCode);
            var label = $"{formCode}/{kind}";
            Assert.True(text.Contains(form.TypeName.ToUpperInvariant()), $"{label}: no title '{form.TypeName}'\n{text}");
            if (form.Layout != "list")
            {
                Assert.True(text.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), $"{label}: no Quốc hiệu");
                Assert.True(text.Contains("Độc lập - Tự do - Hạnh phúc"), $"{label}: no Tiêu ngữ");
                // The minutes are dated by the meeting (28/11/2025), every other document by its numbering.
                var dateLine = form.DatedBy is null ? "Sóc Trăng, ngày 05 tháng 01 năm 2026" : "Sóc Trăng, ngày 28 tháng 11 năm 2025";
                Assert.True(text.Contains(dateLine), $"{label}: no date line '{dateLine}'\n{text}");
                // An achievement report carries no number (numbered: false); every other document its own.
                if (form.Numbered) Assert.True(text.Contains($"Số: 05/{form.Symbol}-"), $"{label}: no number\n{text}");
                else Assert.False(text.Contains("Số:"), $"{label}: a report with a number line\n{text}");
            }
            // Sở Nội vụ's receipt names the documents received, not the nominees.
            // Sở Nội vụ's consolidated report names the units of a movement, not a dossier's nominees.
            var name = form.Issuer == Application.Forms.DossierForms.HomeAffairsIssuer ? "Thành phần hồ sơ đã nhận"
                : formCode == "bao-cao-tong-hop-phong-trao" ? "Ủy ban nhân dân xã Đại Ân"
                : kind == NomineeKind.Individual || form.Per == "dossier" ? "Nguyễn Thị Hồng Nhung" : "Phòng Công tác thanh niên";
            Assert.True(text.Contains(name), $"{label}: no '{name}' (diacritics)\n{text}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
