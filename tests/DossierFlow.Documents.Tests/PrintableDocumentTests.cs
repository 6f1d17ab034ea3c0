using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

/// <summary>
/// Every form with short and long content (the long one runs to five pages and more) as a clerk would print it:
/// valid for Office 2019, readable by python-docx with its Normal style, converted by LibreOffice, and, page by
/// page in the PDF, no page carrying only the signature block, the signer's authority lines on the signer's page.
/// </summary>
public sealed class PrintableDocumentTests : IDisposable
{
    // DOSSIERFLOW_KEEP_PRINTS=<folder> keeps the .docx and .pdf files there, to look at them page by page.
    private readonly string _folder = Environment.GetEnvironmentVariable("DOSSIERFLOW_KEEP_PRINTS") is { Length: > 0 } keep
        ? keep : Path.Combine(Path.GetTempPath(), $"dossierflow-print-{Guid.NewGuid():N}");

    public PrintableDocumentTests() => Directory.CreateDirectory(_folder);

    private sealed record Case(string Code, NomineeKind Kind, string Length, byte[] Docx)
    {
        public string Name => $"{Code}-{Kind}-{Length}".ToLowerInvariant();
    }

    private static IEnumerable<Case> Cases() =>
        from form in Samples.Forms
        from kind in form.Per == "nominee"
            ? new[] { NomineeKind.Collective, NomineeKind.Individual, NomineeKind.Household }.Where(k => form.Serves(FormContext.KindName(k)))
            : [NomineeKind.Collective]
        from length in new[] { "short", "long" }
        select new Case(form.Code, kind, length, new DocxRenderer().RenderDocx(form, Samples.Model(form, kind, length)));

    [Fact]
    public void Every_form_short_and_long_is_valid_for_Office_2019()
    {
        foreach (var c in Cases())
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(c.Docx), false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
            Assert.True(errors.Count == 0, $"{c.Name}: " + string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Python_docx_opens_every_document_and_finds_the_Normal_style()
    {
        Assert.True(File.Exists("/usr/bin/python3"), "python3 with python3-docx is needed: run the tests with tests/run.sh, which installs it.");
        var cases = Cases().ToList();
        foreach (var c in cases) File.WriteAllBytes(Path.Combine(_folder, c.Name + ".docx"), c.Docx);
        const string script = """
            import sys, docx
            for path in sys.argv[1:]:
                document = docx.Document(path)
                normal = document.styles['Normal']
                heading = document.styles['Heading 2']
                print(path.rsplit('/', 1)[-1], normal.name, normal.font.name, len(document.paragraphs), len(document.tables))
            """;
        var (code, output, error) = Run("/usr/bin/python3", ["-c", script, .. cases.Select(c => Path.Combine(_folder, c.Name + ".docx"))]);
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Count, lines.Length);
        Assert.All(lines, line => Assert.Contains(" Normal Times New Roman ", line));
    }

    [Fact]
    public void LibreOffice_prints_no_page_with_only_the_signature_and_the_authority_matches_the_signer()
    {
        Assert.True(File.Exists("/usr/bin/soffice") && File.Exists("/usr/bin/pdftotext"),
            "LibreOffice and poppler are needed: run the tests with tests/run.sh, which installs them.");
        var cases = Cases().ToList();
        foreach (var c in cases) File.WriteAllBytes(Path.Combine(_folder, c.Name + ".docx"), c.Docx);
        var (code, _, error) = Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile",
            "--convert-to", "pdf", "--outdir", _folder, .. cases.Select(c => Path.Combine(_folder, c.Name + ".docx"))]);
        Assert.True(code == 0, error);

        foreach (var c in cases)
        {
            var pdf = Path.Combine(_folder, c.Name + ".pdf");
            Assert.True(File.Exists(pdf), $"{c.Name}: LibreOffice wrote no PDF");
            var pages = Pages(pdf);
            // The receipt lists particulars and documents only, no nominee's text: long content keeps it on one page.
            if (c.Length == "long" && c.Code != "phieu-tiep-nhan") Assert.True(pages.Count >= 3, $"{c.Name}: the long content should fill several pages, it has {pages.Count}");
            var form = Samples.Forms.Single(f => f.Code == c.Code);
            if (form.Sections.All(s => s.Kind != "signature")) continue; // the attached list is signed with its Tờ trình
            var signature = SignatureTexts(c.Docx);
            var signerName = signature.Last(t => t.Length > 0);
            var signerPage = pages.FindLastIndex(p => Squash(p).Contains(Squash(signerName)));
            Assert.True(signerPage >= 0, $"{c.Name}: the signer's name '{signerName}' is on no page");
            foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
            {
                var fragments = page.Split('\n').SelectMany(l => System.Text.RegularExpressions.Regex.Split(l.Trim(), @"\s{2,}"))
                    .Select(f => f.Trim()).Where(f => f.Length > 0 && !f.All(char.IsDigit)).ToList();
                var body = fragments.Where(f => !signature.Any(s => Squash(s).Contains(Squash(f)))).ToList();
                Assert.True(fragments.Count == 0 || body.Count > 0, $"{c.Name}: page {number} holds only the signature block:\n{page}");
            }
            if (form.Fields.Any(f => f.Key == "signer-name"))
            {
                var signer = Samples.SignerFor(form)!;
                var (authority, position) = SignatureAuthority.Lines(signer,
                    new ProvinceOptions().SigningRuleFor(form.Issuer == "province"
                        ? Domain.Organisations.OrganisationKind.ProvincialPeopleCommittee : Domain.Organisations.OrganisationKind.Department), form.SignsAs);
                var text = Squash(pages[signerPage]);
                foreach (var line in Sections(authority).Append(position).Where(l => l.Length > 0))
                    Assert.True(text.Contains(Squash(line)), $"{c.Name}: '{line}' is not on the signer's page\n{pages[signerPage]}");
                Assert.True(text.Contains(Squash(signer.FullName)), $"{c.Name}: the signer is not {signer.FullName}");
            }
        }
    }

    private static IEnumerable<string> Sections(string authority) => authority.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The texts of the signature block: every paragraph of the last borderless table without nested tables, in order.</summary>
    private static List<string> SignatureTexts(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var signature = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Last(t => !t.Descendants<Table>().Any()
            && t.GetFirstChild<TableProperties>()!.TableBorders!.OuterXml.Contains("\"nil\"")
            && t.Descendants<Paragraph>().Any(p => p.InnerText.Length > 0));
        return [.. signature.Descendants<Paragraph>().Select(p => p.InnerText.Trim())];
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", "").ToUpperInvariant();

    /// <summary>The PDF's text page by page (pdftotext separates pages with a form feed), in layout order.</summary>
    private static List<string> Pages(string pdf)
    {
        var (code, text, error) = Run("pdftotext", ["-layout", pdf, "-"]);
        Assert.True(code == 0, error);
        return [.. text.Split('\f').Where(p => p.Trim().Length > 0)];
    }

    private static (int Code, string Output, string Error) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000)) { process.Kill(true); throw new TimeoutException($"{file} took over 5 minutes"); }
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_KEEP_PRINTS") is not { Length: > 0 }) Directory.Delete(_folder, recursive: true);
    }
}
