using System.Net;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

/// <summary>
/// A search is a link: the list page and the API take it as <c>search=</c> in the query string, unaccented.
/// The rules of search are use-case tests (Persistence.Tests, DossierSearchTests); this checks the HTTP binding.
/// </summary>
public class DossierSearchPageTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_dossier_list_page_and_the_api_find_a_nominee_without_diacritics()
    {
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");

        using var json = JsonDocument.Parse(await reviewer.GetStringAsync("/api/v1/dossiers?search=lam%20van%20son"));
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Sở Y tế", item.GetProperty("proposerName").GetString());
        var code = item.GetProperty("code").GetString()!;
        Assert.Matches(@"^HS-\d{4}-\d{6}$", code);

        var page = await reviewer.GetAsync("/Dossiers?search=tran%20thi%20ngoc%20huong");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains(await Demo.DossierCodeOfAsync(app, "SNV"), html); // Sở Nội vụ's dossier, whose nominee she is
        Assert.DoesNotContain(code, html);
        Assert.Contains("value=\"tran thi ngoc huong\"", html);

        var byCode = WebUtility.HtmlDecode(await reviewer.GetStringAsync($"/Dossiers?search={code}"));
        Assert.Contains(code, byCode);
        Assert.Contains("1 hồ sơ", byCode);
    }
}
