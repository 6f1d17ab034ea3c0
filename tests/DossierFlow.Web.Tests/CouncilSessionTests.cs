using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DossierFlow.Application.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The council's session from scheduling to the Chairman's decision, through the API with each role's account:
/// invitations with a calendar file, attendance, votes decided by the award's rule, minutes, the decision.
/// </summary>
public class CouncilSessionTests(DemoApp app) : IClassFixture<DemoApp>
{
    // The session meets in a few minutes (a session is never scheduled in the past), today: its minutes take its date, and
    // the Chairman's decision, dated today, may not precede them. (Only in the last minutes before midnight in Việt Nam
    // would the meeting fall on the next day; the test clock is the real one.)
    // Per test (xUnit makes an instance for each), so a test that starts late still schedules in the future.
    private readonly DateTime Meeting = Minute(DateTime.UtcNow.AddHours(7).AddMinutes(3));
    private DateTime Moved => Meeting.AddMinutes(2);
    private string MeetingDay => Meeting.ToString("dd/MM/yyyy");
    private static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);

    private async Task<JsonElement[]> MembersAsync(HttpClient secretary) =>
        (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;

    private static Guid Member(JsonElement[] members, string name) => members.First(m => m.GetProperty("fullName").GetString() == name).GetProperty("id").GetGuid();

    private async Task<HttpResponseMessage> ScheduleAsync(HttpClient client, JsonElement[] members, params Guid[] dossiers) =>
        await client.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            date = MeetingDay, time = Meeting.ToString("HH:mm"), durationMinutes = 120, place = "Phòng họp số 1, Ủy ban nhân dân tỉnh",
            chairId = Member(members, "Lâm Văn Mẫn"), secretaryId = Member(members, "Võ Thị Mỹ Linh"),
            memberIds = members.Select(m => m.GetProperty("id").GetGuid()), dossierIds = dossiers,
        });

    private static async Task<JsonElement> SessionAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{id}"));

    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().DispatchAllAsync();
    }

    /// <summary>The invitations of a session as Python's email and icalendar read them from the .eml files.</summary>
    private List<JsonElement> Invitations(Guid session)
    {
        var files = Directory.GetFiles(app.MailFolder, "*.eml");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(DossierFlow.Tests.Shared.RepositoryRoot.Combine("tests", "tools", "icsread.py"));
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "icsread.py failed (python3-icalendar is installed by tests/run.sh): " + error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().Where(e => e.GetProperty("uid").GetString() == $"{session:N}@dossierflow").ToList();
    }

    /// <summary>The grid's draft: one (for, against, written for) per dossier given, for its one nominee.</summary>
    private async Task<HttpResponseMessage> DraftAsync(HttpClient client, Guid session, params (Guid Dossier, int For, int Against, int WrittenFor)[] counts)
    {
        var grid = await client.GetFromJsonAsync<JsonElement>($"/api/v1/council/sessions/{session}/votes");
        var rows = grid.GetProperty("rows").EnumerateArray().ToList();
        return await client.PostAsJsonAsync($"/api/v1/council/sessions/{session}/votes/draft", new
        {
            revision = grid.GetProperty("revision").GetInt32(),
            lines = counts.Select(c => new
            {
                nomineeId = rows.Single(r => r.GetProperty("dossierId").GetGuid() == c.Dossier).GetProperty("nomineeId").GetGuid(),
                @for = c.For, against = c.Against, abstain = 0, writtenFor = c.WrittenFor,
            }),
        });
    }

    [Fact]
    public async Task A_session_invites_with_a_calendar_votes_pass_one_and_fail_one_minutes_follow_and_the_Chairman_awards()
    {
        var school = await Demo.DossierOfAsync(app, "SGDDT");
        var union = await Demo.DossierOfAsync(app, "LDLD");
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = await MembersAsync(secretary);
        Assert.Equal(9, members.Length);
        var waiting = (await secretary.GetFromJsonAsync<JsonElement>("/api/v1/council/waiting-dossiers")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Contains(waiting!, w => w.GetProperty("dossierId").GetGuid() == school);
        Assert.Contains(waiting!, w => w.GetProperty("dossierId").GetGuid() == union);

        // Only the council secretary schedules.
        Assert.Equal(HttpStatusCode.Forbidden, (await ScheduleAsync(await SignIn.AsAsync(app, "chuyenvien.btdkt"), members, school)).StatusCode);
        var created = await ScheduleAsync(secretary, members, school, union);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Rescheduled two minutes later: every member gets an update of the same event.
        var session = await SessionAsync(secretary, id);
        var moved = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/reschedule",
            new { revision = session.GetProperty("revision").GetInt32(), date = Moved.ToString("dd/MM/yyyy"), time = Moved.ToString("HH:mm"), durationMinutes = 90, place = "Hội trường A, Ủy ban nhân dân tỉnh" });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        await DispatchAsync();
        var invitations = Invitations(id);
        Assert.Equal(9, invitations.Count(i => i.GetProperty("sequence").GetInt32() == 0));
        var invitation = invitations.First(i => i.GetProperty("sequence").GetInt32() == 0);
        Assert.Equal(("REQUEST", "CONFIRMED"), (invitation.GetProperty("method").GetString(), invitation.GetProperty("status").GetString()));
        Assert.Equal($"{Meeting:yyyy-MM-ddTHH:mm}:00+07:00", invitation.GetProperty("start").GetString());
        Assert.Equal("Họp Hội đồng Thi đua - Khen thưởng tỉnh", invitation.GetProperty("summary").GetString());
        Assert.Equal("Phòng họp số 1, Ủy ban nhân dân tỉnh", invitation.GetProperty("location").GetString());
        Assert.Contains("Trân trọng kính mời đồng chí dự họp", invitation.GetProperty("description").GetString());
        Assert.Contains("\nChủ trì: Lâm Văn Mẫn.\nNội dung:\n  1. ", invitation.GetProperty("description").GetString());
        Assert.Equal("Võ Thị Mỹ Linh <mailto:truongban.btdkt@cantho.demo.gov.vn>", invitation.GetProperty("organizer").GetString());
        Assert.Equal(["Lâm Văn Mẫn"], invitation.GetProperty("chairs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([7.0], invitation.GetProperty("zoneOffsetsHours").EnumerateArray().Select(o => o.GetDouble()));   // its VTIMEZONE: UTC+7
        var updates = invitations.Where(i => i.GetProperty("sequence").GetInt32() == 1).ToList();
        Assert.Equal(9, updates.Count);
        var update = updates[0];
        Assert.Equal("REQUEST", update.GetProperty("method").GetString());
        Assert.Contains("method=REQUEST", update.GetProperty("contentType").GetString());
        Assert.Equal("Asia/Ho_Chi_Minh", update.GetProperty("tzid").GetString());
        Assert.Equal($"{Moved:yyyy-MM-ddTHH:mm}:00+07:00", update.GetProperty("start").GetString());
        Assert.Equal($"{Moved.AddHours(-7):yyyy-MM-ddTHH:mm}:00+00:00", update.GetProperty("startUtc").GetString());
        Assert.Equal("Hội trường A, Ủy ban nhân dân tỉnh", update.GetProperty("location").GetString());
        Assert.Equal(9, update.GetProperty("attendees").GetInt32());
        Assert.Contains("Thay đổi lịch họp", update.GetProperty("subject").GetString());

        // A member reads the session and its dossiers, nothing else, and records nothing.
        var member = await SignIn.AsAsync(app, "thanhvien.hdtdkt");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/council/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/dossiers/{school}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/dossiers/{await Demo.DossierOfAsync(app, "SNV")}")).StatusCode);
        session = await SessionAsync(secretary, id);
        var everyoneButOne = members.Where(m => m.GetProperty("fullName").GetString() != "Huỳnh Thị Diễm").Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var attendance = new { revision = session.GetProperty("revision").GetInt32(), attended = everyoneButOne, writtenOpinions = new[] { Member(members, "Huỳnh Thị Diễm") } };
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/v1/council/sessions/{id}/attendance", attendance)).StatusCode);

        // Attendance waits for the session's start (the test moves the application's clock there), votes for the attendance.
        var beforeStart = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/attendance", attendance);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeStart.StatusCode);
        Assert.Equal("session-not-started", await Api.CodeAsync(beforeStart));
        app.Clock.MoveToLocal(Moved);
        var early = await DraftAsync(secretary, id, (school, 8, 0, 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("session-attendance-missing", await Api.CodeAsync(early));
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/attendance", attendance)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await DraftAsync(member, id, (school, 8, 0, 1))).StatusCode);
        var tooMany = await DraftAsync(secretary, id, (school, 9, 0, 0));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);   // 9 votes from 8 present

        // A wrong count is refused by row and column and changes nothing: the rule is tested as a use case
        // (SessionVotesTests); here, that the refusal reaches the client as 422 with its stable code.
        Assert.Equal("import-failed", await Api.CodeAsync(tooMany));
        Assert.Equal(HttpStatusCode.OK, (await DraftAsync(secretary, id, (school, 8, 0, 1), (union, 5, 3, 0))).StatusCode);
        Assert.Equal("council", (await Api.DossierAsync(secretary, school)).GetProperty("state").GetString());   // a draft moves nothing
        session = await SessionAsync(secretary, id);
        var confirmed = await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/votes/confirm",
            new { revision = session.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(1, (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("passed").GetInt32());
        Assert.Equal("chairman", (await Api.DossierAsync(secretary, school)).GetProperty("state").GetString());

        var unionAfter = await Api.DossierAsync(secretary, union);
        Assert.Equal("refused", unionAfter.GetProperty("state").GetString());
        Assert.Contains("5/9 phiếu đồng ý (55,56% tổng số thành viên Hội đồng, biểu quyết); cần từ 70% trở lên: không đạt.",
            unionAfter.GetProperty("nominees")[0].GetProperty("councilNote").GetString());
        Assert.True(await Demo.QueryAsync(app, db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{union}:") && m.ToAddresses.Contains("ldld@"))));

        // Minutes: numbered, both signatures, the tally and result per nominee; attached to both dossiers.
        session = await SessionAsync(secretary, id);
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/minutes", new { revision = session.GetProperty("revision").GetInt32() })).StatusCode);
        var minutes = await member.GetByteArrayAsync($"/api/v1/council/sessions/{id}/minutes");
        using (var word = WordprocessingDocument.Open(new MemoryStream(minutes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var expected in new[] { "Số: 01/BB-HĐTĐKT", "BIÊN BẢN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG THÀNH PHỐ", "Hội trường A", $"{Moved:HH} giờ {Moved:mm}",
                         "Lâm Văn Mẫn", "Võ Thị Mỹ Linh", "8/9", "Huỳnh Thị Diễm", "Trường THPT Chuyên Nguyễn Thị Minh Khai", "Kim Thị Sa Phia", "Không đạt", "Đạt" })
                Assert.Contains(expected, text);
        }
        foreach (var dossier in new[] { school, union })
            Assert.Contains((await Api.DossierAsync(secretary, dossier)).GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "bien-ban-hop-hoi-dong-tinh");

        // The Chairman's inbox groups it; approval generates the decision with the amount and closes the dossier awarded.
        var chairman = await SignIn.AsAsync(app, "chutich.ubnd");
        var groups = (await chairman.GetFromJsonAsync<JsonElement>("/api/v1/chairman/inbox")).GetProperty("groups").EnumerateArray().ToArray();
        var group = Assert.Single(groups!);
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", group.GetProperty("awardName").GetString());
        var waitingForChairman = Assert.Single(group.GetProperty("dossiers").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync($"/api/v1/dossiers/{school}/chairman-decision",
            new { revision = waitingForChairman.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid(), approved = Array.Empty<Guid>(), reason = "x" })).StatusCode);
        var plain = await Api.ActAsync(chairman, school, "decide");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, plain.StatusCode);    // only through the decision, which generates the document
        Assert.Equal("dedicated-action", await Api.CodeAsync(plain));
        var decided = await chairman.PostAsJsonAsync($"/api/v1/dossiers/{school}/chairman-decision", new
        {
            revision = waitingForChairman.GetProperty("revision").GetInt32(), operationId = Guid.NewGuid(),
            approved = waitingForChairman.GetProperty("recommended").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()),
        });
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        Assert.Equal("awarded", (await Api.DossierAsync(chairman, school)).GetProperty("state").GetString());
        var documentId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisionDocumentId").GetGuid();
        using (var word = WordprocessingDocument.Open(new MemoryStream(await chairman.GetByteArrayAsync($"/api/v1/dossiers/{school}/documents/{documentId}")), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("/QĐ-UBND", text);
            Assert.Contains("Trường THPT Chuyên Nguyễn Thị Minh Khai", text);
            // 1,5 × the base salary of the decision's day (2.530.000 from 01/07/2026) × 2 for a collective
            var salary = new DossierFlow.Application.Forms.ProvinceOptions().BaseSalaryOn(DossierFlow.Application.Common.VietnameseFormat.Today(TimeProvider.System));
            Assert.Contains((1.5m * salary * 2).ToString("N0", DossierFlow.Application.Common.VietnameseFormat.Culture), text);
            Assert.Contains("Lâm Văn Mẫn", text);
        }
        Assert.True(await Demo.QueryAsync(app, db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{school}:") && m.ToAddresses.Contains("sgddt@"))));
    }

    [Fact]
    public async Task Cancelling_a_session_sends_a_cancellation_and_puts_the_dossier_back_on_the_waiting_list()
    {
        var labour = await Demo.DossierOfAsync(app, "SNV");
        await Api.ActAsync(await SignIn.AsAsync(app, "lanhdao.sldtbxh"), labour, "submit");
        await Api.ActAsync(await SignIn.AsAsync(app, "vanthu.snv"), labour, "receive");
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "chuyenvien.btdkt"), labour, "forward", criteria: true)).StatusCode);
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = await MembersAsync(secretary);
        var created = await ScheduleAsync(secretary, members, labour);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var again = await ScheduleAsync(secretary, members, labour);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);   // already on an agenda

        var session = await SessionAsync(secretary, id);
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync($"/api/v1/council/sessions/{id}/cancel", new { revision = session.GetProperty("revision").GetInt32() })).StatusCode);
        await DispatchAsync();
        // The same event (one UID) as the invitation, one sequence higher, so calendars remove it.
        var files = Invitations(id);
        Assert.Equal(9, files.Count(i => (i.GetProperty("method").GetString(), i.GetProperty("sequence").GetInt32()) == ("REQUEST", 0)));
        var cancellations = files.Where(i => i.GetProperty("method").GetString() == "CANCEL").ToList();
        Assert.Equal(9, cancellations.Count);
        Assert.All(cancellations, c => Assert.Equal(("CANCELLED", 1), (c.GetProperty("status").GetString(), c.GetProperty("sequence").GetInt32())));
        Assert.All(cancellations, c => Assert.Contains("method=CANCEL", c.GetProperty("contentType").GetString()));
        Assert.All(cancellations, c => Assert.Equal("huy-cuoc-hop.ics", c.GetProperty("filename").GetString()));
        Assert.Equal($"{Meeting:yyyy-MM-ddTHH:mm}:00+07:00", cancellations[0].GetProperty("start").GetString());
        var waiting = (await secretary.GetFromJsonAsync<JsonElement>("/api/v1/council/waiting-dossiers")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Contains(waiting!, w => w.GetProperty("dossierId").GetGuid() == labour);
    }
}
