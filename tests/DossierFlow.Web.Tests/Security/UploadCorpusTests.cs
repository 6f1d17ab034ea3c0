using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DossierFlow.Tests.Shared.Uploads;
using Xunit.Abstractions;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 12 item 10: the upload corpus, written to a folder at test time and uploaded file by file through the
/// dossier API as the unit's clerk. Each refused file answers 422 with its reason's code and a Vietnamese title,
/// and leaves every row of the database as it was; the good files are stored.
/// </summary>
public class UploadCorpusTests(DemoApp app, ITestOutputHelper output) : IClassFixture<DemoApp>
{
    /// <summary>The demo's limit (Documents:MaxUploadMegabytes, 20 by default).</summary>
    private const int MaxBytes = 20 * 1024 * 1024;

    [Fact]
    public async Task Every_file_of_the_corpus_is_refused_with_its_Vietnamese_reason_and_nothing_stored_or_accepted()
    {
        var folder = Directory.CreateTempSubdirectory("dossierflow-uploads-").FullName;
        try
        {
            var clerk = await SignIn.AsAsync(app, "canbo.syt");
            var dossier = await Demo.DossierOfAsync(app, "SYT");
            var samples = UploadCorpus.ReadFrom(UploadCorpus.WriteTo(folder, MaxBytes))
                // A client may send "../../x.pdf"; the server keeps only the last segment, so such a name never reaches the inspector.
                .Where(s => !s.FileName.Contains('/')).ToList();
            Assert.Contains(samples, s => s.RefusedAs is null);
            var failures = new List<string>();
            foreach (var sample in samples)
            {
                var before = await DatabaseFingerprint.TakeAsync(app);
                using var response = await WorkflowPathTests.UploadAsync(clerk, dossier, "to-trinh", sample.FileName, sample.Content);
                var body = await response.Content.ReadAsStringAsync();
                if (sample.RefusedAs is { } code)
                {
                    var problem = response.StatusCode == HttpStatusCode.UnprocessableEntity ? JsonDocument.Parse(body).RootElement : default;
                    var title = problem.ValueKind == JsonValueKind.Object ? problem.GetProperty("title").GetString() ?? "" : "";
                    if (response.StatusCode != HttpStatusCode.UnprocessableEntity || problem.GetProperty("code").GetString() != code
                        || Encoding.UTF8.GetByteCount(title) == title.Length)
                        failures.Add($"{sample}: {(int)response.StatusCode} {body}");
                    if (DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)) is { Count: > 0 } changed)
                        failures.Add($"{sample}: refused but changed {string.Join(", ", changed)}");
                }
                else if (response.StatusCode != HttpStatusCode.Created)
                    failures.Add($"{sample}: {(int)response.StatusCode} {body}");
                else
                {
                    var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                    var stored = await clerk.GetAsync($"/api/v1/dossiers/{dossier}/documents/{id}");
                    if (!(await stored.Content.ReadAsByteArrayAsync()).SequenceEqual(sample.Content)) failures.Add($"{sample}: stored bytes differ");
                }
            }
            output.WriteLine($"Upload corpus: {samples.Count} files, {samples.Count(s => s.RefusedAs is not null)} refused as expected, "
                + $"{samples.Count(s => s.RefusedAs is null)} accepted; failures: {failures.Count}");
            Assert.True(failures.Count == 0, string.Join('\n', failures));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
