using System.Net;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

public class AdminPagesTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignIn.TokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task An_invalid_organisation_shows_a_vietnamese_message_and_saves_nothing()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var response = await PostFormAsync(client, "/Admin/Organisations/Edit", new()
        {
            ["Form.Code"] = "SVHTTDL", ["Form.Name"] = "Sở Văn hóa, Thể thao và Du lịch", ["Form.ShortCode"] = "svhttdl",
            ["Form.Kind"] = "Department", ["Form.ContactEmails"] = "", ["Form.ValidFrom"] = "01/01/2024",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ký hiệu viết tắt chỉ gồm chữ in hoa", html);
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch", html); // what the admin typed is still there
        Assert.False(await Demo.QueryAsync(app, db => db.Organisations.AnyAsync(o => o.Code == "SVHTTDL")));
    }

    [Fact]
    public async Task The_import_page_lists_every_problem_of_every_row_and_imports_nothing()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var csv = "code,name,short_code,kind,parent_code,emails,valid_from\n"
            + "SVH,\"Sở Văn hóa, Thể thao và Du lịch\",SVHTTDL,Department,,,01/01/2020\n"
            + "SXD,,SXD,Department,KHONG-CO,,2026-13-01\n"
            + "SGTVT,Sở Giao thông vận tải,sgtvt,Bộ,,,01/01/2020\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.TokenAsync(client, "/Admin/Organisations/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "CsvFile", "don-vi.csv" },
        };

        var response = await client.PostAsync("/Admin/Organisations/Import", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tệp có 5 lỗi, không có đơn vị nào được nhập.", html);
        Assert.Contains("dòng 3, cột \"name\": Tên đơn vị là bắt buộc.", html);
        Assert.Contains("dòng 3, cột \"parent_code\": Không tìm thấy đơn vị cấp trên có mã \"KHONG-CO\".", html);
        Assert.Contains("dòng 3, cột \"valid_from\": Ngày bắt đầu hiệu lực phải có dạng dd/MM/yyyy.", html);
        Assert.Contains("dòng 4, cột \"short_code\": Ký hiệu viết tắt chỉ gồm chữ in hoa", html);
        Assert.Contains("dòng 4, cột \"kind\": Loại đơn vị \"Bộ\" không hợp lệ.", html);
        Assert.False(await Demo.QueryAsync(app, db => db.Organisations.AnyAsync(o => o.Code == "SVH")));
    }

    [Fact]
    public async Task An_admin_creates_an_organisation()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var response = await PostFormAsync(client, "/Admin/Organisations/Edit", new()
        {
            ["Form.Code"] = "SKHCN", ["Form.Name"] = "Sở Khoa học và Công nghệ", ["Form.ShortCode"] = "SKHCN",
            ["Form.Kind"] = "Department", ["Form.ContactEmails"] = "skhcn@example.gov.vn", ["Form.ValidFrom"] = "01/01/2024",
        });

        Assert.Contains("Đã lưu đơn vị", await response.Content.ReadAsStringAsync());
        var saved = await Demo.QueryAsync(app, db => db.Organisations.SingleAsync(o => o.Code == "SKHCN"));
        Assert.Equal(new DateOnly(2024, 1, 1), saved.ValidFrom);
    }

    [Fact]
    public async Task A_user_with_a_weak_password_is_not_created()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var organisation = await Demo.QueryAsync(app, db => db.Organisations.Where(o => o.Code == "SYT").Select(o => o.Id).SingleAsync());
        var response = await PostFormAsync(client, "/Admin/Users/Edit", new()
        {
            ["Form.UserName"] = "moi.syt", ["Form.FullName"] = "Người Mới", ["Form.OrganisationId"] = organisation.ToString(),
            ["Form.Roles"] = "unit-clerk", ["Form.NewPassword"] = "ngan",
        });

        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync());
        Assert.False(await Demo.QueryAsync(app, db => db.Users.AnyAsync(u => u.UserName == "moi.syt")));
    }

    [Fact]
    public async Task An_impossible_deadline_is_refused_and_the_movement_keeps_its_deadlines()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "146/KH-UBND").Select(m => m.Id).SingleAsync());
        var response = await PostFormAsync(client, $"/Admin/Movements/Details/{movement}?handler=SaveDeadline", new()
        {
            ["Deadline.Code"] = "bad-date", ["Deadline.Title"] = "Hạn không có thật", ["Deadline.Day"] = "31", ["Deadline.Month"] = "11",
            ["Deadline.LatePolicy"] = "Refuse",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("Ngày 31/11 không hợp lệ."), html[html.IndexOf("<main>", StringComparison.Ordinal)..]);
        Assert.Equal(2, await Demo.QueryAsync(app, db => db.Movements.Where(m => m.Id == movement).Select(m => m.Deadlines.Count).SingleAsync()));
    }

    [Fact]
    public async Task The_movement_page_shows_each_deadline_with_who_is_missing_and_the_outbox_lists_mails()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "146/KH-UBND").Select(m => m.Id).SingleAsync());

        var html = await client.GetStringAsync($"/Admin/Movements/Details/{movement}?year=2025");
        Assert.Contains("Tình hình thực hiện thời hạn năm 2025", html);
        Assert.Contains("data-deadline=\"unit-report\"", html);
        Assert.Contains("Quá hạn, chưa gửi", html); // 01/12/2025 has passed and no unit has reported

        Assert.Contains("Hàng đợi thư", await client.GetStringAsync("/Admin/Outbox"));
        Assert.Contains("Lịch sử quét thời hạn", await client.GetStringAsync("/Admin/Sweeps"));
    }

    [Fact]
    public async Task The_outbox_shows_a_mail_being_sent_and_why_a_waiting_mail_waits()
    {
        const string why = "Không kết nối được tới máy chủ SMTP smtp.example.gov.vn:587 (ConnectionRefused: Connection refused). Thư sẽ được gửi lại sau.";
        await Demo.QueryAsync(app, async db =>
        {
            var now = DateTime.UtcNow;
            var waiting = new OutboxMessage("test:outbox-page:waiting", ["syt@example.gov.vn"], "[DossierFlow] Thư chờ máy chủ", "Nội dung.", now);
            db.Outbox.Add(waiting);
            db.Outbox.Add(new OutboxMessage("test:outbox-page:sending", ["sct@example.gov.vn"], "[DossierFlow] Thư đang gửi", "Nội dung.", now));
            waiting.ServerUnavailable(now, why, 60, 0);
            await db.SaveChangesAsync();
            return await db.Outbox.Where(m => m.IdempotencyKey == "test:outbox-page:sending").ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedBy, "node-a/1/batch").SetProperty(m => m.LeaseUntil, now.AddMinutes(5)));
        });
        var client = await SignIn.AsAsync(app, "quantri");

        var sending = await client.GetStringAsync("/Admin/Outbox?status=Sending&key=test:outbox-page");
        Assert.Contains("[DossierFlow] Thư đang gửi", sending);
        Assert.Contains("<td>Đang gửi</td>", sending);
        Assert.DoesNotContain("Thư chờ máy chủ", sending);
        var waiting = await client.GetStringAsync("/Admin/Outbox?status=Pending&key=test:outbox-page");
        Assert.Contains(why, waiting);
        Assert.Contains("<td>Chờ gửi</td>", waiting);
    }
}
