using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>The dossier's path from the unit to Sở Nội vụ, through the API, as the demo users.</summary>
public class WorkflowPathTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Submit_receive_return_resubmit_and_forward_with_the_journal_and_the_unit_mailed()
    {
        var labour = await Demo.DossierOfAsync(app, "SNV");
        var leader = await SignIn.AsAsync(app, "lanhdao.sldtbxh");
        var desk = await SignIn.AsAsync(app, "vanthu.snv");
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");

        var submitted = await Api.ActAsync(leader, labour, "submit");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var dossier = await Api.DossierAsync(leader, labour);
        Assert.Equal("submitted", dossier.GetProperty("state").GetString());
        Assert.True(dossier.GetProperty("submittedLate").GetBoolean()); // 15/12/2025 has passed; the demo accepts late dossiers

        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(desk, labour, "receive")).StatusCode);
        Assert.Equal(25, (await Api.DossierAsync(reviewer, labour)).GetProperty("daysLeft").GetInt32());

        var noReason = await Api.ActAsync(reviewer, labour, "return");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("transition-comment-required", await Api.CodeAsync(noReason));
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(reviewer, labour, "return", "Báo cáo thành tích chưa có xác nhận của cấp trình")).StatusCode);

        // The return's mail, after those of the submission (to Sở Nội vụ) and the receipt (to the unit).
        var mail = await Demo.QueryAsync(app, db => db.Outbox.Where(m => m.IdempotencyKey.StartsWith($"dossier:{labour}:"))
            .OrderByDescending(m => m.CreatedAt).FirstAsync());
        Assert.Equal("snv@cantho.demo.gov.vn", mail.ToAddresses);
        Assert.Contains("Trả lại để bổ sung", mail.Subject);
        Assert.Contains("Báo cáo thành tích chưa có xác nhận của cấp trình", mail.Body);

        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(leader, labour, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(desk, labour, "receive")).StatusCode);
        var unchecked_ = await Api.ActAsync(reviewer, labour, "forward");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unchecked_.StatusCode);
        Assert.Contains(Domain.Workflows.Vocabulary.CriteriaEvaluated, (await unchecked_.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("guards").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(reviewer, labour, "forward", criteria: true)).StatusCode);

        using var journal = JsonDocument.Parse(await reviewer.GetStringAsync($"/api/v1/dossiers/{labour}/journal"));
        Assert.Equal(["submit", "receive", "return", "submit", "receive", "forward"],
            journal.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("council", (await Api.DossierAsync(reviewer, labour)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_stale_revision_is_refused_with_409_and_a_clear_message()
    {
        var farmers = await Demo.DossierOfAsync(app, "HND");
        var leader = await Demo.LeaderForAsync(app, "HND");
        var response = await Api.ActAsync(leader, farmers, "submit", revision: 1);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("stale-revision", await Api.CodeAsync(response));
    }

    [Fact]
    public async Task A_disguised_executable_is_refused_and_nothing_is_stored()
    {
        var health = await Demo.DossierOfAsync(app, "SYT");
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var before = await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync());
        var response = await UploadAsync(clerk, health, "to-trinh", "to-trinh.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chương trình thực thi", await Api.TitleAsync(response));
        Assert.Equal(before, await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync()));
    }

    [Fact]
    public async Task A_pdf_under_a_program_name_is_refused_and_a_stored_file_downloads_as_a_named_attachment()
    {
        var health = await Demo.DossierOfAsync(app, "SYT");
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var before = await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync());
        var disguised = await UploadAsync(clerk, health, "to-trinh", "report.exe", "%PDF-1.4 ký số"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disguised.StatusCode);
        Assert.Contains("Đuôi tên tệp không khớp", await Api.TitleAsync(disguised));
        Assert.Equal(before, await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync()));

        var created = await UploadAsync(clerk, health, "to-trinh", "Tờ trình ký số.pdf", "%PDF-1.4 ký số"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var download = await clerk.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Tờ trình ký số.pdf", disposition.FileNameStar);
    }

    [Fact]
    public void A_download_name_loses_direction_marks_control_characters_and_paths()
    {
        Assert.Equal("hosotab.pdf", DossierFlow.Web.Api.DownloadName.Safe("hoso\u202Etab.pdf"));
        Assert.Equal("etcpasswd", DossierFlow.Web.Api.DownloadName.Safe("../etc/passwd"));
        Assert.Equal("tai-lieu", DossierFlow.Web.Api.DownloadName.Safe("\u200F\r\n"));
        Assert.Equal("Tờ trình.docx", DossierFlow.Web.Api.DownloadName.Safe("Tờ trình.docx"));
    }

    [Fact]
    public async Task The_inbox_is_for_home_affairs_and_shows_days_left()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignIn.AsAsync(app, "canbo.syt")).GetAsync("/api/v1/inbox")).StatusCode);
        using var inbox = JsonDocument.Parse(await (await SignIn.AsAsync(app, "chuyenvien.btdkt")).GetStringAsync("/api/v1/inbox"));
        Assert.True(inbox.RootElement.TryGetProperty("items", out _));
    }

    [Fact]
    public async Task A_service_account_acts_with_a_bearer_token_and_a_bad_token_is_refused()
    {
        var token = await Demo.TokenForAsync(app, "chuyenvien.btdkt");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me"));
        Assert.Contains("home-affairs-reviewer", me.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + "0000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/me")).StatusCode);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dossier, string kind, string fileName, byte[] bytes)
    {
        var revision = (await Api.DossierAsync(client, dossier)).GetProperty("revision").GetInt32();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(revision.ToString()), "revision" },
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await client.PostAsync($"/api/v1/dossiers/{dossier}/documents", form);
    }

    internal static async Task UploadAllAsync(HttpClient clerk, Guid dossier)
    {
        foreach (var kind in new[] { "to-trinh", "bien-ban-hoi-dong", "bao-cao-thanh-tich-mau-07" })
            Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, dossier, kind, kind + ".pdf", "%PDF-1.4 ký số"u8.ToArray())).StatusCode);
    }
}
