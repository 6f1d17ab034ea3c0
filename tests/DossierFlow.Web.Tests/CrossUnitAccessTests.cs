using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

/// <summary>A unit's user cannot read or change another unit's dossiers, through pages or API.</summary>
public class CrossUnitAccessTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_api_lists_only_the_clerks_own_units_dossiers()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dossiers"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Sở Nội vụ", i.GetProperty("proposerName").GetString()));
    }

    [Fact]
    public async Task Reading_another_units_dossier_through_the_api_is_forbidden()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var health = await Demo.DossierOfAsync(app, "SYT");

        var response = await client.GetAsync($"/api/v1/dossiers/{health}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("đơn vị khác", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Reading_another_units_dossier_page_is_forbidden()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var health = await Demo.DossierOfAsync(app, "SYT");

        var response = await client.GetAsync($"/Dossiers/Details/{health}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Lâm Văn Sơn", html);
    }

    [Fact]
    public async Task Changing_another_units_dossier_through_the_api_is_forbidden_and_changes_nothing()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var health = await Demo.DossierOfAsync(app, "SYT");
        var before = await Demo.NomineeCountAsync(app, health);

        var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{health}/nominees",
            new { revision = 2, kind = "Individual", name = "Người ngoài" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await Demo.NomineeCountAsync(app, health));
    }

    [Fact]
    public async Task Changing_another_units_dossier_through_the_page_is_forbidden_and_changes_nothing()
    {
        var client = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var health = await Demo.DossierOfAsync(app, "SYT");
        var before = await Demo.NomineeCountAsync(app, health);
        var token = await SignIn.TokenAsync(client, "/Dossiers");

        var response = await client.PostAsync($"/Dossiers/Details/{health}?handler=AddNominee", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Revision"] = "2", ["Nominee.Kind"] = "Individual", ["Nominee.Name"] = "Người ngoài", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await Demo.NomineeCountAsync(app, health));
    }

    [Fact]
    public async Task The_home_affairs_reviewer_reads_any_units_dossier()
    {
        var client = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        var health = await Demo.DossierOfAsync(app, "SYT");
        var response = await client.GetAsync($"/Dossiers/Details/{health}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lâm Văn Sơn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_unit_clerk_cannot_open_the_admin_pages()
    {
        var client = await SignIn.AsAsync(app, "canbo.syt");
        var response = await client.GetAsync("/Admin/Organisations");
        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync());
    }
}
