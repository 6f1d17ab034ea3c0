using System.Net;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The demo as the merged city of Cần Thơ with Sóc Trăng's history, and the admin's merger page over HTTP: Sở Y tế
/// absorbed by Sở Giáo dục và Đào tạo takes its open dossier and its clerk with it; a date before the unit began is
/// refused with the reason and changes nothing.
/// </summary>
public class OrganisationMergePageTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<HttpResponseMessage> MergeAsync(HttpClient client, string absorbed, string absorbing, string effective, string accounts)
    {
        var ids = await Demo.QueryAsync(app, db => db.Organisations.Where(o => o.Code == absorbed || o.Code == absorbing)
            .ToDictionaryAsync(o => o.Code, o => o.Id));
        return await client.PostAsync("/Admin/Organisations/Merge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.TokenAsync(client, "/Admin/Organisations/Merge"),
            ["Form.AbsorbedIds"] = ids[absorbed].ToString(), ["Form.AbsorbingId"] = ids[absorbing].ToString(),
            ["Form.Effective"] = effective, ["Form.LegalBasis"] = "Quyết định số 15/QĐ-UBND ngày 20/11/2026 (dữ liệu thử)",
            ["Form.Accounts"] = accounts,
        }));
    }

    [Fact]
    public async Task The_demo_is_the_merged_city_with_soc_trangs_units_and_finished_dossiers_as_history()
    {
        var (city, socTrang, labour, district, merges, finished) = await Demo.QueryAsync(app, async db =>
        {
            var organisations = await db.Organisations.Where(o => new[] { "UBND-TINH", "UBND-STG", "SLDTBXH", "UBND-TX-VC", "SNNPTNT" }.Contains(o.Code))
                .ToDictionaryAsync(o => o.Code);
            var agricultureId = organisations["SNNPTNT"].Id;
            return (organisations["UBND-TINH"], organisations["UBND-STG"], organisations["SLDTBXH"], organisations["UBND-TX-VC"],
                await db.OrganisationMerges.CountAsync(),
                await db.Dossiers.Where(d => d.ProposingOrganisationId == agricultureId).Select(d => new { d.Code, d.State }).SingleAsync());
        });

        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", city.Name);
        Assert.Equal((new DateOnly(2025, 6, 30), city.Id), (socTrang.ValidTo!.Value, socTrang.SuccessorId!.Value));
        Assert.Equal(("Sở Lao động - Thương binh và Xã hội tỉnh Sóc Trăng", new DateOnly(2025, 2, 28)), (labour.Name, labour.ValidTo!.Value));
        Assert.Equal(new DateOnly(2025, 6, 30), district.ValidTo);
        Assert.Equal(9, merges);
        Assert.Equal(("HS-2023-000001", "awarded"), (finished.Code, finished.State));

        // The decided Giấy khen is still listed under the former department's name.
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        var html = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Dossiers?search=HS-2023-000001"));
        Assert.Contains("Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng", html);
    }

    [Fact]
    public async Task A_merger_passes_the_open_dossier_and_the_clerk_to_the_successor_and_a_date_before_the_unit_began_is_refused()
    {
        var admin = await SignIn.AsAsync(app, "quantri");

        var refused = await MergeAsync(admin, "SYT", "SGDDT", "01/01/2019", "Move");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không sau ngày bắt đầu hiệu lực của \"Sở Y tế\"", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Null(await Demo.QueryAsync(app, db => db.Organisations.Where(o => o.Code == "SYT").Select(o => o.ValidTo).SingleAsync()));

        var done = await MergeAsync(admin, "SYT", "SGDDT", "01/12/2026", "Move");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode); // redirected to the list

        var (dossierOwner, passed, clerkOrganisation, school) = await Demo.QueryAsync(app, async db =>
        {
            var health = await db.Organisations.SingleAsync(o => o.Code == "SYT");
            var schoolId = await db.Organisations.Where(o => o.Code == "SGDDT").Select(o => o.Id).SingleAsync();
            var dossier = await db.Dossiers.Include(d => d.Journal).SingleAsync(d => d.Nominees.Any(n => n.Name == "Lâm Văn Sơn"));
            return (dossier.ProposingOrganisationId, dossier.Journal.Any(e => e.Action == WorkflowSubject.PassedToSuccessor),
                await db.Users.Where(u => u.UserName == "canbo.syt").Select(u => u.OrganisationId).SingleAsync(), schoolId);
        });
        Assert.Equal((school, true, school), (dossierOwner, passed, clerkOrganisation));
    }
}
