using System.Net;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>
/// What a person sees when a page cannot be shown or an operation is refused: a Vietnamese 404, 403 or error page,
/// or the same form with the message and what they typed; never a 500 or a raw JSON body.
/// </summary>
public class PageErrorTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly Guid Unknown = Guid.Parse("3fa85f64-5717-4562-b3fc-2c963f66afa6");

    private static async Task<string> HtmlPageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"vi\">", html);
        return html;
    }

    [Theory]
    [InlineData("/Khong/Co/Trang/Nay")]
    [InlineData("/Dossiers/Details/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/Dossiers/Details/khong-phai-ma")]
    [InlineData("/Reports/Details/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/Admin/Movements/Details/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/Admin/Organisations/Edit/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    public async Task An_unknown_page_or_id_shows_the_vietnamese_404_page(string url)
    {
        var admin = await SignIn.AsAsync(app, "quantri");
        var html = await HtmlPageAsync(await admin.GetAsync(url), HttpStatusCode.NotFound);
        Assert.Contains("<h1>Không tìm thấy</h1>", html);
    }

    [Fact]
    public async Task An_unknown_page_shows_the_404_page_to_an_anonymous_visitor_too()
    {
        var html = await HtmlPageAsync(await app.CreateClient().GetAsync("/khong-co"), HttpStatusCode.NotFound);
        Assert.Contains("<h1>Không tìm thấy</h1>", html);
    }

    [Fact]
    public async Task The_minutes_of_an_unknown_session_show_the_404_page()
    {
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var html = await HtmlPageAsync(await secretary.GetAsync($"/Council/Sessions/Details/{Unknown}?handler=Minutes"), HttpStatusCode.NotFound);
        Assert.Contains("<h1>Không tìm thấy</h1>", html);
    }

    [Fact]
    public async Task A_page_the_user_may_not_open_shows_the_403_page_with_the_reason()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var html = await HtmlPageAsync(await clerk.GetAsync("/Chairman"), HttpStatusCode.Forbidden);
        Assert.Contains("<h1>Không có quyền truy cập</h1>", html);
    }

    [Fact]
    public async Task Another_units_dossier_shows_the_403_page()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var html = await HtmlPageAsync(await clerk.GetAsync($"/Dossiers/Details/{await Demo.DossierOfAsync(app, "SYT")}?handler=Bundle"), HttpStatusCode.Forbidden);
        Assert.Contains("<h1>Không có quyền truy cập</h1>", html);
    }

    [Fact]
    public async Task A_refused_operation_shows_the_message_on_the_form_with_the_input_kept_and_saves_nothing()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var labour = await Demo.DossierOfAsync(app, "SNV");
        var before = await Demo.NomineeCountAsync(app, labour);
        var token = await SignIn.TokenAsync(clerk, $"/Dossiers/Details/{labour}");

        var response = await clerk.PostAsync($"/Dossiers/Details/{labour}?handler=AddNominee", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Revision"] = "0", ["Nominee.Kind"] = "Individual", ["Nominee.Name"] = "Trần Thị Thử Nghiệm",
            ["Nominee.Position"] = "Phó Trưởng phòng Bảo trợ xã hội", ["__RequestVerificationToken"] = token,
        }));

        var html = await HtmlPageAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("tải lại trang", html);
        Assert.Contains("value=\"Trần Thị Thử Nghiệm\"", html);
        Assert.Contains("value=\"Phó Trưởng phòng Bảo trợ xã hội\"", html);
        Assert.Equal(before, await Demo.NomineeCountAsync(app, labour));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("2147483647")]
    public async Task A_council_members_order_out_of_range_is_refused_on_the_form(string order)
    {
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = await Demo.QueryAsync(app, db => db.CouncilMembers.CountAsync());
        var token = await SignIn.TokenAsync(secretary, "/Council/Members");

        var response = await secretary.PostAsync("/Council/Members", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FullName"] = "Huỳnh Văn Thử", ["Position"] = "Phó Giám đốc Sở Tư pháp, Ủy viên", ["Email"] = "thu.stp@soctrang.demo.gov.vn",
            ["Order"] = order, ["__RequestVerificationToken"] = token,
        }));

        var html = await HtmlPageAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"Số thứ tự phải từ 1 đến 999 ({order}).", html);
        Assert.Contains("value=\"Huỳnh Văn Thử\"", html);
        Assert.Equal(members, await Demo.QueryAsync(app, db => db.CouncilMembers.CountAsync()));
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("-1")]
    [InlineData("2147483647")]
    public async Task A_year_out_of_range_in_a_movements_link_shows_the_movement(string year)
    {
        var admin = await SignIn.AsAsync(app, "quantri");
        var movement = await Demo.QueryAsync(app, db => db.Movements.Select(m => new { m.Id, m.Title }).FirstAsync());
        var html = await HtmlPageAsync(await admin.GetAsync($"/Admin/Movements/Details/{movement.Id}?Year={year}"), HttpStatusCode.OK);
        Assert.Contains(movement.Title, html);
    }

    [Theory]
    [InlineData("/Inbox?overdue=abc")]
    [InlineData("/Inbox?movement=abc&organisation=-1&page=zz&year=x")]
    public async Task A_filter_value_that_cannot_be_read_is_left_at_its_default(string url)
    {
        var reviewer = await SignIn.AsAsync(app, "chuyenvien.btdkt");
        var html = await HtmlPageAsync(await reviewer.GetAsync(url), HttpStatusCode.OK);
        Assert.Contains("Hộp hồ sơ Sở Nội vụ", html);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_gets_a_vietnamese_page_and_stores_nothing()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.sldtbxh");
        var labour = await Demo.DossierOfAsync(app, "SNV");
        var token = await SignIn.TokenAsync(clerk, $"/Dossiers/Details/{labour}");
        var documents = await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("1"), "Revision" },
            { new StringContent("ban-quet"), "kind" },
            { new ZeroContent(300L * 1024 * 1024), "scan", "ho-so.pdf" },
        };

        var html = await HtmlPageAsync(await clerk.PostAsync($"/Dossiers/Details/{labour}?handler=Upload", form), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("<h1>Tệp tải lên quá lớn</h1>", html);
        Assert.Contains("tối đa 20 MB", html);
        Assert.Equal(documents, await Demo.QueryAsync(app, db => db.DocumentContents.CountAsync()));
    }

    /// <summary>A body of zeros of a stated length, written as it is read, so that a test does not hold 300 MB.</summary>
    private sealed class ZeroContent(long length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[81920];
            for (var left = length; left > 0; left -= chunk.Length)
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)));
        }

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return true;
        }
    }

    [Theory]
    [InlineData("?movement=3fa85f64-5717-4562-b3fc-2c963f66afa6", "Không tìm thấy phong trào thi đua đã chọn.")]
    [InlineData("?movement=khong-phai-ma", "Không tìm thấy phong trào thi đua đã chọn.")]
    [InlineData("?year=99999", "Năm 99999 không thuộc")]
    [InlineData("?year=abc", "Năm \"abc\" không hợp lệ")]
    [InlineData("/Nominees?year=2026&stage=Awarded", "Vui lòng chọn phong trào thi đua.")]
    [InlineData("/Units?year=99999&deadline=x", "Vui lòng chọn phong trào thi đua.")]
    public async Task A_bad_dashboard_filter_shows_a_vietnamese_message_not_a_500(string query, string message)
    {
        var chairman = await SignIn.AsAsync(app, "chutich.ubnd");
        var html = await HtmlPageAsync(await chairman.GetAsync("/Reports/Dashboard" + query), HttpStatusCode.OK);
        Assert.Contains(message, html);
        Assert.Contains("class=\"errors\"", html);
    }

    [Fact]
    public async Task The_dashboard_api_answers_its_figures_and_refuses_a_bad_filter_with_a_vietnamese_problem()
    {
        var auditor = await SignIn.AsAsync(app, "kiemtra");
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.StartYear == 2021).Select(m => m.Id).SingleAsync());
        var figures = System.Text.Json.JsonDocument.Parse(await auditor.GetStringAsync($"/api/v1/reports/dashboard?movement={movement}&year=2025")).RootElement;
        Assert.Equal(2025, figures.GetProperty("year").GetInt32());
        Assert.True(figures.GetProperty("years").GetArrayLength() == 5);
        foreach (var query in new[] { $"movement={Guid.NewGuid()}", $"movement={movement}&year=99999", $"movement={movement}&year=abc", "" })
            Assert.StartsWith("dashboard-", await Api.AssertVietnameseProblemAsync(await auditor.GetAsync($"/api/v1/reports/dashboard?{query}"),
                HttpStatusCode.UnprocessableEntity));
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/v1/reports/dashboard?movement={movement}")).StatusCode);
    }
}
