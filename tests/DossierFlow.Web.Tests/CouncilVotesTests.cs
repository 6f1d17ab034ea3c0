using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>The council secretary records the votes; the award's rule decides each nominee and the dossier moves on.</summary>
public class CouncilVotesTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<Guid> ToCouncilAsync()
    {
        var labour = await Demo.DossierOfAsync(app, "SLDTBXH");
        await Api.ActAsync(await SignIn.AsAsync(app, "lanhdao.sldtbxh"), labour, "submit");
        await Api.ActAsync(await SignIn.AsAsync(app, "vanthu.snv"), labour, "receive");
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "chuyenvien.btdkt"), labour, "forward", criteria: true)).StatusCode);
        return labour;
    }

    private static object Votes(JsonElement dossier, params (int For, int Against)[] counts) => Votes(dossier, 9, counts);

    private static object Votes(JsonElement dossier, int present, params (int For, int Against)[] counts) => new
    {
        revision = dossier.GetProperty("revision").GetInt32(),
        operationId = Guid.NewGuid(),
        members = 9,
        present,
        votes = dossier.GetProperty("nominees").EnumerateArray().Zip(counts)
            .Select(x => new { nomineeId = x.First.GetProperty("id").GetGuid(), @for = x.Second.For, against = x.Second.Against, abstain = 0 }).ToList(),
    };

    [Fact]
    public async Task One_nominee_passes_one_fails_and_the_dossier_goes_to_the_chairman_with_the_reasons()
    {
        var dossier = await ToCouncilAsync();
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var before = await Api.DossierAsync(secretary, dossier);

        var noQuorum = await secretary.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/council-votes", Votes(before, 3, (3, 0), (3, 0)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noQuorum.StatusCode);
        Assert.Contains("Không đủ túc số", await Api.TitleAsync(noQuorum));
        Assert.Equal(before.GetProperty("revision").GetInt32(), (await Api.DossierAsync(secretary, dossier)).GetProperty("revision").GetInt32());

        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/council-votes", Votes(before, (7, 2), (5, 4)))).StatusCode);

        var response = await secretary.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/council-votes", Votes(before, (7, 2), (5, 4)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await Api.DossierAsync(secretary, dossier);
        Assert.Equal("chairman", after.GetProperty("state").GetString());
        var nominees = after.GetProperty("nominees").EnumerateArray().ToList();
        Assert.True(nominees[0].GetProperty("councilRecommended").GetBoolean());
        Assert.Equal(77.78m, nominees[0].GetProperty("councilPercent").GetDecimal());
        Assert.False(nominees[1].GetProperty("councilRecommended").GetBoolean());
        Assert.Contains("5/9 phiếu đồng ý (55,56% tổng số thành viên Hội đồng, biểu quyết); cần từ 70% trở lên: không đạt.",
            nominees[1].GetProperty("councilNote").GetString());
        using var journal = JsonDocument.Parse(await secretary.GetStringAsync($"/api/v1/dossiers/{dossier}/journal"));
        var last = journal.RootElement.EnumerateArray().Last();
        Assert.Equal(("council-decided", "council-secretary"), (last.GetProperty("action").GetString(), last.GetProperty("role").GetString()));

        // The Chairman sees it in the inbox and awards the recommended nominee; the decision is numbered and lists only them.
        var chairman = await SignIn.AsAsync(app, "chutich.ubnd");
        using (var inbox = JsonDocument.Parse(await chairman.GetStringAsync("/api/v1/inbox?holder=chairman")))
            Assert.Contains(inbox.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == dossier);
        var refusedNominee = nominees[1].GetProperty("id").GetGuid();
        var wrong = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/chairman-decision",
            new { revision = after.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid(), approved = new[] { refusedNominee } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);

        var decided = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{dossier}/chairman-decision",
            new { revision = after.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid(), approved = new[] { nominees[0].GetProperty("id").GetGuid() } });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var documentId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisionDocumentId").GetGuid();
        Assert.Equal("awarded", (await Api.DossierAsync(chairman, dossier)).GetProperty("state").GetString());

        var docx = await chairman.GetByteArrayAsync($"/api/v1/dossiers/{dossier}/documents/{documentId}");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Số: 01/QĐ-UBND", text);
        Assert.Contains("Phòng Bảo trợ xã hội - Giảm nghèo", text);
        Assert.Contains("7.020.000", text);                    // 1,5 × 2.340.000 × 2 for a collective
        Assert.DoesNotContain("Trần Thị Ngọc Hương", text);    // not recommended by the council
        Assert.Contains("Lâm Văn Mẫn", text);                  // signed in the Chairman's name
        Assert.True(await Demo.QueryAsync(app, db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{dossier}:") && m.Subject.Contains("Quyết định khen thưởng"))));
    }
}
