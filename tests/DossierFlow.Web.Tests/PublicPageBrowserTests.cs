using DossierFlow.Application.Demo;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Issue 18 items 3 to 5 in Chromium on the season demo: a person's award history (decided here, and imported, on the
/// search page and the nominee's page); the public page without signing in (a national dossier under consultation,
/// a published decision searchable without diacritics, an opinion refused for markup and for 1 MB, then accepted and
/// seen by Sở Nội vụ on the dossier; no CCCD or birth date anywhere in the page); and each role's main pages at
/// 390 px without horizontal scrolling, and a dossier printed without the bar or the forms.
/// </summary>
public class PublicPageBrowserTests(KestrelDemoApp app, Chromium chromium) : IClassFixture<KestrelDemoApp>, IClassFixture<Chromium>
{
    private const string Cccd = "094185001234";

    [Fact]
    public async Task History_shows_awards_the_public_page_takes_an_opinion_and_shows_no_private_field_and_pages_fit_a_phone()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeason>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoPublic>().SeedSeasonAsync();
        }
        var awardee = await Demo.QueryAsync(app, db => (
            from d in db.SessionDecisions
            join s in db.CouncilSessions on d.SessionId equals s.Id
            from i in s.Items
            join x in db.Dossiers on i.DossierId equals x.Id
            from n in x.Nominees
            where n.ChairmanApproved == true && n.Kind == NomineeKind.Individual
            orderby n.Name
            select n.Name).FirstAsync());
        var consulted = await Demo.QueryAsync(app, db => db.PublicConsultations.Select(c => c.DossierId).SingleAsync());
        var birthDate = "12/03/1985";
        await using var browser = chromium.Session();

        // Award history: decided here (by a name typed without diacritics) and imported (by CCCD), and on the nominee's page.
        var reviewer = await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, "chuyenvien.btdkt");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Lịch sử khen thưởng" }).ClickAsync();
        await reviewer.GetByLabel("Họ tên, tên tập thể hoặc số CCCD").FillAsync(SearchText.Fold(awardee));
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        var awards = await reviewer.Locator("#awards tbody tr", new() { HasText = awardee }).First.InnerTextAsync();
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh", awards);
        Assert.Contains($"{DemoPublic.DecisionNumber}/QĐ-", awards);
        await reviewer.GotoAsync($"{app.BaseUrl}/People?q={Cccd}");
        Assert.Contains("Chiến sĩ thi đua cơ sở", await reviewer.InnerTextAsync("#past-awards"));
        var nhung = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == consulted).SelectMany(d => d.Nominees)
            .Where(n => n.IdentityNumber == Cccd).Select(n => n.Id).SingleAsync());
        await reviewer.GotoAsync($"{app.BaseUrl}/People/{nhung}");
        Assert.Contains("312/QĐ-SYT", await reviewer.InnerTextAsync("#history"));
        await KeepAsync(reviewer, "desktop-person");

        // The public page, without signing in.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(app.BaseUrl + "/cong-khai");
        Assert.Contains("Bằng khen của Thủ tướng Chính phủ", await visitor.InnerTextAsync("#consultations"));
        Assert.Contains($"{DemoPublic.DecisionNumber}/QĐ-", await visitor.InnerTextAsync("#published"));
        await KeepAsync(visitor, "desktop-cong-khai");
        await visitor.GetByLabel("Tìm tập thể, cá nhân được khen thưởng").FillAsync(SearchText.Fold(awardee).ToUpperInvariant());
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        Assert.Contains(awardee, await visitor.InnerTextAsync("#awardees"));
        await visitor.GetByRole(AriaRole.Link, new() { Name = $"Số {DemoPublic.DecisionNumber}", Exact = false }).First.ClickAsync();
        Assert.StartsWith($"Quyết định số {DemoPublic.DecisionNumber}/QĐ-", await visitor.InnerTextAsync("h1"));
        await visitor.GetByLabel("Tìm theo tên hoặc đơn vị").FillAsync(awardee);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        Assert.Contains(awardee, await visitor.InnerTextAsync("#awardees"));
        await visitor.GotoAsync(app.BaseUrl + "/cong-khai");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Xem và góp ý" }).First.ClickAsync();
        Assert.Contains("Nguyễn Thị Hồng Nhung", await visitor.InnerTextAsync("#public-nominees"));
        Assert.Contains("hai sáng kiến", await visitor.InnerTextAsync("#public-nominees"));
        var html = await visitor.ContentAsync();
        Assert.DoesNotContain(Cccd, html);
        Assert.DoesNotContain(birthDate, html);
        Assert.DoesNotContain("1985", html);

        // A script and 1 MB are refused with a Vietnamese message and store nothing; a plain opinion is thanked.
        await visitor.GetByLabel("Họ và tên").FillAsync("Lê Văn Tư");
        await visitor.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync("0912 345 678");
        await visitor.GetByLabel("Nội dung ý kiến", new() { Exact = false }).FillAsync("<script>document.title='x'</script>");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        Assert.Contains("không được chứa thẻ HTML", await visitor.InnerTextAsync(".errors"));
        Assert.NotEqual("x", await visitor.TitleAsync());
        await visitor.EvalOnSelectorAsync("#Text", "t => { t.removeAttribute('maxlength'); t.value = 'a'.repeat(1000000); }");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        Assert.Contains("Nội dung ý kiến dài quá 4.000 ký tự.", await visitor.InnerTextAsync(".errors"));
        Assert.Equal(0, await Demo.QueryAsync(app, db => db.PublicOpinions.CountAsync()));
        await visitor.GetByLabel("Nội dung ý kiến", new() { Exact = false }).FillAsync("Tôi biết chị Nhung, đề nghị khen thưởng là xứng đáng.");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        Assert.Contains("Cảm ơn bạn đã gửi ý kiến", await visitor.InnerTextAsync(".notice"));
        await KeepAsync(visitor, "desktop-consultation");

        // Sở Nội vụ reads it on the dossier.
        await reviewer.GotoAsync($"{app.BaseUrl}/Dossiers/Details/{consulted}");
        Assert.Contains("đề nghị khen thưởng là xứng đáng", await reviewer.InnerTextAsync("#opinions"));
        await KeepAsync(reviewer, "desktop-dossier-opinions");
        Assert.Equal("1", await reviewer.InnerTextAsync("#opinion-count"));

        // Printed, the dossier page keeps its content and drops the bar and the forms.
        await reviewer.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await reviewer.Locator(".topbar").IsVisibleAsync());
        Assert.True(await reviewer.Locator("#nominees").IsVisibleAsync());
        Assert.Equal(0, await reviewer.Locator("main form:visible").CountAsync());
        await reviewer.EmulateMediaAsync(new() { Media = Media.Screen });

        // Each role's main pages on a 390 px phone: nothing wider than the screen.
        var decision = await Demo.QueryAsync(app, db => db.SessionDecisions.Select(d => d.Id).FirstAsync());
        var ownDossier = await Demo.DossierOfAsync(app, "SNV"); // canbo.sldtbxh moved into Sở Nội vụ with the 2025 merger
        var pages = new (string? User, string[] Paths)[]
        {
            (null, ["/cong-khai", $"/cong-khai/lay-y-kien/{consulted}", $"/cong-khai/quyet-dinh/{decision}", "/Account/Login"]),
            ("canbo.sldtbxh", ["/", "/Dossiers", $"/Dossiers/Details/{ownDossier}", "/Reports"]),
            ("vanthu.snv", ["/", "/Inbox"]),
            ("chuyenvien.btdkt", ["/", "/Inbox", "/Batches", $"/Dossiers/Details/{consulted}", $"/People?q={Cccd}", $"/People/{nhung}"]),
            ("thuky.hdtdkt", ["/", "/Council/Sessions"]),
            ("chutich.ubnd", ["/", "/Chairman", "/Chairman/Sessions", "/Reports/Dashboard"]),
            ("vanthu.ubnd", ["/DocumentOffice"]),
            ("quantri", ["/Admin/Organisations", "/Admin/Users", "/Admin/Movements", "/Admin/Publicity"]),
            ("kiemtra", ["/"]),
        };
        var tooWide = new List<string>();
        foreach (var (user, paths) in pages)
        {
            var page = user is null ? await browser.NewPageAsync() : await BrowserTests.SignedInPageAsync(browser, app.BaseUrl, user);
            await page.SetViewportSizeAsync(390, 844);
            foreach (var path in paths)
            {
                await page.GotoAsync(app.BaseUrl + path);
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (width > 390) tooWide.Add($"{user ?? "anonymous"} {path}: {width} px");
                await KeepAsync(page, $"390-{user ?? "public"}-{path.Trim('/').Replace('/', '-').Replace('?', '-')}");
            }
        }
        Assert.True(tooWide.Count == 0, "wider than a 390 px phone:\n" + string.Join('\n', tooWide));
    }

    /// <summary>DOSSIERFLOW_TEST_KEEP=&lt;folder&gt; keeps a screenshot of each page visited, to look at.</summary>
    private static async Task KeepAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_KEEP") is not { Length: > 0 } keep) return;
        Directory.CreateDirectory(Path.Combine(keep, "public-pages"));
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        await page.ScreenshotAsync(new() { Path = Path.Combine(keep, "public-pages", safe[..Math.Min(safe.Length, 80)] + ".png"), FullPage = true });
    }
}
