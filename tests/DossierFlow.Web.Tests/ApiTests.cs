using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

public class ApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Without_a_session_the_api_answers_401_problem_details_not_a_redirect()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/v1/dossiers");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_clerk_adds_a_nominee_and_a_stale_revision_gets_409()
    {
        var client = await SignIn.AsAsync(app, "canbo.syt");
        var dossier = await Demo.DossierOfAsync(app, "SYT");
        using var before = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/dossiers/{dossier}"));
        var revision = before.RootElement.GetProperty("revision").GetInt32();

        var added = await client.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/nominees",
            new { revision, kind = "Collective", name = "Khoa Nhi, Bệnh viện Đa khoa tỉnh" });
        var stale = await client.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/nominees",
            new { revision, kind = "Individual", name = "Trùng lặp" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stale-revision", problem.GetProperty("code").GetString());
        using var after = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/dossiers/{dossier}"));
        var names = after.RootElement.GetProperty("nominees").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToList();
        Assert.Contains("Khoa Nhi, Bệnh viện Đa khoa tỉnh", names);
        Assert.DoesNotContain("Trùng lặp", names);
    }

    [Fact]
    public async Task An_empty_nominee_name_is_refused_with_a_vietnamese_message()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var dossier = await Demo.DossierOfAsync(app, "SNV");
        using var before = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/dossiers/{dossier}"));

        var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/nominees",
            new { revision = before.RootElement.GetProperty("revision").GetInt32(), kind = "Individual", name = " " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Họ tên / tên tập thể là bắt buộc.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_dossier_endpoints()
    {
        var json = await app.CreateClient().GetStringAsync("/api/v1/openapi.json");
        Assert.Contains("/api/v1/dossiers/{id}/nominees", json);
    }

    [Fact]
    public async Task Every_operation_in_the_openapi_document_has_a_schema_for_its_success_response()
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/openapi.json"));
        var operations = 0;
        var missing = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("parameters", out var parameters)
                    && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() is "caller" or "http"))
                    missing.Add($"{name}: the caller is listed as a parameter");
                var success = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (success.Count == 0) missing.Add($"{name}: no success response");
                // 204 No Content has no body to describe.
                foreach (var response in success.Where(r => r.Name != "204"))
                    if (!(response.Value.TryGetProperty("content", out var content)
                          && content.EnumerateObject().Any() && content.EnumerateObject().All(m => m.Value.TryGetProperty("schema", out var schema)
                              && (schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _)))))
                        missing.Add($"{name}: {response.Name} without a schema");
            }
        Assert.True(operations >= 30, $"only {operations} operations in the document");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }
}
