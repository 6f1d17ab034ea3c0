using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace DossierFlow.Web.Tests;

/// <summary>A generated document opens as PDF from the dossier page and the API, converted by the real LibreOffice.</summary>
public sealed class PdfPreviewTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_generated_to_trinh_opens_as_an_inline_pdf_with_its_text_from_the_page_and_the_api()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var clerk = app.CreateClient();
        clerk.Timeout = TimeSpan.FromMinutes(10);   // the first conversion starts LibreOffice with a new profile
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostAsync(clerk, "canbo.syt", DemoApp.Password)).StatusCode);
        var saved = await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh",
            new { values = new Dictionary<string, string> { ["signer-name"] = "Lê Minh Khoa" }, tables = new { } });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var revision = (await Api.DossierAsync(clerk, dossier)).GetProperty("revision").GetInt32();
        var generated = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh/documents", new { revision, assignNumber = false });
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var documentId = (await generated.Content.ReadFromJsonAsync<CreatedIdBody>())!.Id;

        var page = await clerk.GetStringAsync($"/Dossiers/Details/{dossier}");
        Assert.Contains($"/Dossiers/Details/{dossier}?handler=Pdf&amp;documentId={documentId}", page);
        Assert.Contains("Xem PDF", page);

        var response = await clerk.GetAsync($"/Dossiers/Details/{dossier}?handler=Pdf&documentId={documentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("to-trinh-du-thao.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        // The browser's PDF viewer is an embedded plugin: the page policy's object-src 'none' would block it.
        Assert.DoesNotContain("object-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("TỜ TRÌNH", text);
        Assert.Contains("Lâm Văn Sơn", text);   // the demo's nominee, with diacritics

        var api = await clerk.GetAsync($"/api/v1/dossiers/{dossier}/documents/{documentId}/pdf");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("Lâm Văn Sơn", PdfText(await api.Content.ReadAsByteArrayAsync()));

        var other = await SignIn.AsAsync(app, "canbo.sldtbxh");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/dossiers/{dossier}/documents/{documentId}/pdf")).StatusCode);
    }

    [Fact]
    public async Task An_uploaded_pdf_is_shown_as_it_is()
    {
        var dossier = await Demo.DossierOfAsync(app, "SNV");
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var document = (await Api.DossierAsync(clerk, dossier)).GetProperty("documents").EnumerateArray().First();
        var response = await clerk.GetAsync($"/api/v1/dossiers/{dossier}/documents/{document.GetProperty("id").GetGuid()}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(document.GetProperty("sha256").GetString(),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await response.Content.ReadAsByteArrayAsync())));
    }

    private sealed record CreatedIdBody(Guid Id);

    /// <summary>What poppler's <paramref name="tool"/> (pdftotext, or pdfinfo for the page size) prints for the PDF.</summary>
    internal static string PdfText(byte[] pdf, string tool = "pdftotext")
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossierflow-preview-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            Assert.True(File.Exists("/usr/bin/pdftotext"), "poppler's pdftotext is needed: run the tests with tests/run.sh, which installs it.");
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
            start.ArgumentList.Add(file);
            if (tool == "pdftotext") start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally { File.Delete(file); }
    }
}

/// <summary>A server without LibreOffice: the PDF buttons say so in Vietnamese, and asking anyway is a 422, not a 500.</summary>
public sealed class PdfWithoutLibreOfficeTests(PdfWithoutLibreOfficeTests.NoLibreOfficeApp app) : IClassFixture<PdfWithoutLibreOfficeTests.NoLibreOfficeApp>
{
    public sealed class NoLibreOfficeApp : DemoApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Documents:Pdf:Soffice"] = "/opt/khong-co/soffice",
            }));
        }
    }

    [Fact]
    public async Task The_pdf_button_names_what_is_missing_and_the_request_is_refused_in_Vietnamese()
    {
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        await clerk.PutAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh",
            new { values = new Dictionary<string, string> { ["signer-name"] = "Lê Minh Khoa" }, tables = new { } });
        var revision = (await Api.DossierAsync(clerk, dossier)).GetProperty("revision").GetInt32();
        var generated = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/forms/to-trinh/documents", new { revision, assignNumber = false });
        var documentId = (await generated.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Dossiers/Details/{dossier}"));
        Assert.Contains("máy chủ chưa cài LibreOffice (không tìm thấy chương trình “/opt/khong-co/soffice”)", page);

        var refused = await clerk.GetAsync($"/Dossiers/Details/{dossier}?handler=Pdf&documentId={documentId}");
        // As every refused GET of a page: the page says why (PageFailureFilter), no server error.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("máy chủ chưa cài LibreOffice", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        var api = await clerk.GetAsync($"/api/v1/dossiers/{dossier}/documents/{documentId}/pdf");
        Assert.Equal("pdf-unavailable", await Api.CodeAsync(api));
        await Api.AssertVietnameseProblemAsync(api, HttpStatusCode.UnprocessableEntity);
    }
}
