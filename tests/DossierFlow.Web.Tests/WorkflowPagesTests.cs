using System.Net;

namespace DossierFlow.Web.Tests;

public class WorkflowPagesTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_dossier_page_shows_actions_checklist_history_and_the_diagram_with_the_current_state()
    {
        var labour = await Demo.DossierOfAsync(app, "SNV");
        var leader = await SignIn.AsAsync(app, "lanhdao.sldtbxh");
        var before = await leader.GetStringAsync($"/Dossiers/Details/{labour}");
        Assert.Contains("<button type=\"submit\" name=\"action\" value=\"submit\"", before);
        Assert.Contains("✔ Tờ trình đề nghị khen thưởng", before);
        Assert.Contains("class=\"state current\" data-state=\"drafting\"", before);

        await Api.ActAsync(leader, labour, "submit");
        var after = await (await SignIn.AsAsync(app, "chuyenvien.btdkt")).GetStringAsync($"/Dossiers/Details/{labour}");
        Assert.Contains("class=\"state current\" data-state=\"submitted\"", after);
        Assert.Contains("<td>Trình Sở Nội vụ</td>", after);
        Assert.Contains("Lãnh đạo đơn vị", after);
        Assert.Contains("Nộp muộn", after);

        // A return through the page without a reason shows the message and keeps the state.
        var desk = await SignIn.AsAsync(app, "vanthu.snv");
        var revision = (await Api.DossierAsync(desk, labour)).GetProperty("revision").GetInt32();
        var token = await SignIn.TokenAsync(desk, $"/Dossiers/Details/{labour}");

        var response = await desk.PostAsync($"/Dossiers/Details/{labour}?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "return", ["Revision"] = revision.ToString(), ["OperationId"] = Guid.NewGuid().ToString(),
            ["Comment"] = "", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Vui lòng nêu lý do", await response.Content.ReadAsStringAsync());
        Assert.Equal("submitted", (await Api.DossierAsync(desk, labour)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_inbox_page_filters_and_the_admin_sees_every_workflow()
    {
        var inbox = await (await SignIn.AsAsync(app, "chuyenvien.btdkt")).GetStringAsync("/Inbox?overdue=true");
        Assert.Contains("Hộp hồ sơ Sở Nội vụ", inbox);
        Assert.Contains("Quá hạn xử lý", inbox);

        var admin = await (await SignIn.AsAsync(app, "quantri")).GetStringAsync("/Admin/Workflows");
        foreach (var id in new[] { "bang-khen-chu-tich-tinh", "khen-thuong-cap-nha-nuoc", "giay-khen", "bao-cao-phong-trao-hang-nam" })
            Assert.Matches($"id=\"{id}-v[0-9]+\"", admin);
        Assert.Contains("<svg", admin);
    }
}
