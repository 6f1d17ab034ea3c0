using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DossierFlow.Web.Tests;

/// <summary>
/// A Bằng khen của Thủ tướng: after the council, the Chairman's approval produces the province's Tờ trình upward
/// and the export package; Sở Nội vụ later records the central decision.
/// </summary>
public class NationalAwardTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_Chairman_signs_the_proposal_upward_and_Home_Affairs_records_the_central_decision()
    {
        var women = await Demo.DossierOfAsync(app, "HLHPN");
        await WorkflowPathTests.UploadAllAsync(await Demo.UserForAsync(app, "HLHPN", "unit-clerk"), women);
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await Demo.UserForAsync(app, "HLHPN", "unit-leader"), women, "submit")).StatusCode);
        await Api.ActAsync(await SignIn.AsAsync(app, "vanthu.snv"), women, "receive");
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "chuyenvien.btdkt"), women, "forward", criteria: true)).StatusCode);

        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;
        var ids = members.Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var created = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date = SessionVoting.SoonLocal().Date, time = SessionVoting.SoonLocal().Time, durationMinutes = 60, place = "Phòng họp số 2",
            chairId = ids[0], secretaryId = ids[3], memberIds = ids, dossierIds = new[] { women },
        });
        var session = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SessionVoting.VoteThroughAsync(app, secretary, session, 9);
        var nominee = (await Api.DossierAsync(secretary, women)).GetProperty("nominees")[0].GetProperty("id").GetGuid();

        var chairman = await SignIn.AsAsync(app, "chutich.ubnd");
        var signed = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{women}/chairman-decision", new
        {
            revision = (await Api.DossierAsync(chairman, women)).GetProperty("revision").GetInt32(), operationId = Guid.NewGuid(), approved = new[] { nominee },
        });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var dossier = await Api.DossierAsync(chairman, women);
        Assert.Equal("central", dossier.GetProperty("state").GetString());
        var upward = dossier.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "to-trinh-trung-uong");
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                   new MemoryStream(await chairman.GetByteArrayAsync($"/api/v1/dossiers/{women}/documents/{upward.GetProperty("id").GetGuid()}")), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Số: 01/TTr-UBND", text);
            Assert.Contains("Bằng khen của Thủ tướng Chính phủ", text);
            Assert.Contains("Ban Thường vụ Hội Liên hiệp Phụ nữ thành phố", text);
            Assert.DoesNotContain("Số tiền (đồng)", text);
            Assert.DoesNotContain("15.180.000", text);   // no amounts (3,0 × 2.530.000 × 2): the central level decides them
            Assert.DoesNotContain("14.040.000", text);   // nor with the earlier base salary
        }

        // The export package for the central level: every current document (the upward Tờ trình, the minutes), the list, the manifest.
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        using (var zip = new ZipArchive(new MemoryStream(await reviewer.GetByteArrayAsync($"/api/v1/dossiers/{women}/bundle.zip"))))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(names, n => n.Contains("to-trinh-trung-uong"));
            Assert.Contains(names, n => n.Contains("bien-ban-hop-hoi-dong") || n.Contains("bien-ban"));
            Assert.Contains("manifest.csv", names);
        }

        // Only Sở Nội vụ's reviewer records the central decision; a date in the future is refused and changes nothing.
        var revision = dossier.GetProperty("revision").GetInt32();
        object Decision(string date) => new { revision, operationId = Guid.NewGuid(), number = "1234/QĐ-TTg", date, awarded = new[] { nominee } };
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.PostAsJsonAsync($"/api/v1/dossiers/{women}/central-decision", Decision("01/01/2026"))).StatusCode);
        var future = await reviewer.PostAsJsonAsync($"/api/v1/dossiers/{women}/central-decision", Decision(DateTime.UtcNow.AddHours(7).AddDays(5).ToString("dd/MM/yyyy")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal("central", (await Api.DossierAsync(reviewer, women)).GetProperty("state").GetString());
        var recorded = await reviewer.PostAsJsonAsync($"/api/v1/dossiers/{women}/central-decision", Decision("01/01/2026"));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        dossier = await Api.DossierAsync(reviewer, women);
        Assert.Equal("awarded", dossier.GetProperty("state").GetString());
        Assert.Contains("1234/QĐ-TTg", await reviewer.GetStringAsync($"/api/v1/dossiers/{women}/journal"));
    }
}
