using DossierFlow.Application.Common;
using DossierFlow.Application.Publicity;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 18 item 4: the public page's rules. Consultation only for the award types set to it, while the dossier is
/// with the province and the period runs; opinions validated (length, markup), throttled per client and seen by Sở
/// Nội vụ only; published decisions per award type, searchable without diacritics; never a private field.
/// </summary>
public class PublicPageTests
{
    private static readonly NomineeDetails Lan = new(NomineeKind.Individual, "Trần Thị Lan", "Giáo viên", "Trường THPT Lê Lợi", NomineeGender.Female,
        new DateOnly(1985, 3, 5), "001185012345", null, "Ba năm liền Chiến sĩ thi đua cơ sở.");

    private static Actor Admin(Province p) => Province.As(p.HomeAffairs, Roles.Admin);

    private static async Task<Guid> AwardIdAsync(UseCaseHost host, string code) =>
        await host.ReadAsync(db => db.AwardTypes.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private static async Task<(UseCaseHost Host, Province Province, Guid Dossier)> UnderConsultationAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var national = await AwardIdAsync(host, Province.NationalAward);
        await host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(Admin(province), national, true, true));
        var dossier = await province.Dossier(Province.NationalAward).WithPeople(Lan).AtCouncilAsync();
        await host.RunAsync<OpenPublicConsultation, DateOnly>(o => o.HandleAsync(province.Reviewer, dossier, null, null));
        return (host, province, dossier);
    }

    private static Task Send(UseCaseHost host, Guid dossier, string client, string? text = "Tôi đồng ý đề nghị khen thưởng.", string? name = "Lê Văn Tư") =>
        host.RunAsync<SendPublicOpinion>(s => s.HandleAsync(dossier, ClientKeys.Of(client), new OpinionInput(name, "0912 345 678", text)));

    private static async Task<string> RefusedAsync(Func<Task> call) => (await Assert.ThrowsAsync<DomainException>(call)).Code;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_national_dossier_under_consultation_is_listed_for_its_period_with_public_fields_only(DatabaseProvider provider)
    {
        var (host, province, dossier) = await UnderConsultationAsync(provider);
        await using var _ = host;
        var row = Assert.Single((await host.RunAsync<ListPublicConsultations, Page<PublicConsultationRow>>(l => l.HandleAsync())).Items);
        Assert.Equal((dossier, "Sở Giáo dục và Đào tạo", 1), (row.DossierId, row.UnitName, row.Nominees));
        // Ten working days, the first one included.
        Assert.Equal(9, await host.RunAsync<Domain.Calendar.WorkingCalendar, int>(c => Task.FromResult(c.WorkingDaysBetween(row.OpensOn, row.ClosesOn))));

        var view = await host.RunAsync<GetPublicConsultation, PublicConsultationView>(g => g.HandleAsync(dossier));
        Assert.True(view.IsOpen);
        var nominee = Assert.Single(view.Nominees);
        Assert.Equal(("Trần Thị Lan", "Ba năm liền Chiến sĩ thi đua cơ sở."), (nominee.Name, nominee.AchievementSummary));
        // The shape a nominee leaves the public use cases in cannot carry the CCCD, the staff code, the birth date or the gender.
        var fields = typeof(PublicNominee).GetProperties().Select(p => p.Name).Concat(typeof(PublishedAwardee).GetProperties().Select(p => p.Name)).ToList();
        Assert.DoesNotContain(fields, f => f is "IdentityNumber" or "StaffCode" or "BirthDate" or "Gender");

        // After the last day, it is off the list and takes no opinion.
        host.Clock.Now = row.ClosesOn.AddDays(1).ToDateTime(new TimeOnly(3, 0));
        Assert.Empty((await host.RunAsync<ListPublicConsultations, Page<PublicConsultationRow>>(l => l.HandleAsync())).Items);
        Assert.Equal("consultation-closed", await RefusedAsync(() => Send(host, dossier, "10.0.0.1")));
    }

    [Fact]
    public async Task Only_the_reviewer_opens_a_consultation_for_a_national_award_set_to_it_while_the_province_holds_the_dossier()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var national = await AwardIdAsync(host, Province.NationalAward);
        var atCouncil = await province.Dossier(Province.NationalAward).WithPeople(Lan).AtCouncilAsync();
        Task Open(Actor who, Guid dossier) => host.RunAsync<OpenPublicConsultation, DateOnly>(o => o.HandleAsync(who, dossier, null, null));

        Assert.Equal("consultation-award", await RefusedAsync(() => Open(province.Reviewer, atCouncil)));   // not set to it yet
        var provincial = await AwardIdAsync(host, Province.ProvincialAward);
        Assert.Equal("award-consultation-national", await RefusedAsync(() =>
            host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(Admin(province), provincial, true, false))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(province.Reviewer, national, true, true)));
        await host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(Admin(province), national, true, false));

        var draft = await province.Dossier(Province.NationalAward).WithPeople(Lan).DraftAsync();
        Assert.Equal("consultation-state", await RefusedAsync(() => Open(province.Reviewer, draft)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Open(province.Clerk(province.School), atCouncil));
        Assert.Equal("consultation-date", await RefusedAsync(() =>
            host.RunAsync<OpenPublicConsultation, DateOnly>(o => o.HandleAsync(province.Reviewer, atCouncil, "ngày mai", null))));
        Assert.Equal("consultation-opens-past", await RefusedAsync(() =>
            host.RunAsync<OpenPublicConsultation, DateOnly>(o => o.HandleAsync(province.Reviewer, atCouncil, "01/01/2020", null))));
        await Open(province.Reviewer, atCouncil);
        Assert.Equal("consultation-exists", await RefusedAsync(() => Open(province.Reviewer, atCouncil)));

        // Turning the award's consultation off takes its dossiers off the public page.
        await host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(Admin(province), national, false, false));
        Assert.Empty((await host.RunAsync<ListPublicConsultations, Page<PublicConsultationRow>>(l => l.HandleAsync())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<GetPublicConsultation, PublicConsultationView>(g => g.HandleAsync(atCouncil)));
    }

    [Fact]
    public async Task An_opinion_is_stored_for_Sở_Nội_vụ_and_bad_input_is_refused_with_a_message_storing_nothing()
    {
        var (host, province, dossier) = await UnderConsultationAsync();
        await using var _ = host;
        await Send(host, dossier, "10.0.0.1");

        Assert.Equal("opinion-text-too-long", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", new string('a', 1_000_000))));
        Assert.Equal("opinion-markup", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", "Hay <script>alert('x')</script>")));
        Assert.Equal("opinion-markup", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", "Đồng ý", "<img src=x onerror=alert(1)>")));
        Assert.Equal("opinion-markup", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", "&#60;b&#62; đậm")));
        Assert.Equal("opinion-text", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", "   ")));
        Assert.Equal("opinion-name", await RefusedAsync(() => Send(host, dossier, "10.0.0.2", "Đồng ý", null)));
        var message = (await Assert.ThrowsAsync<DomainException>(() => Send(host, dossier, "10.0.0.2", new string('a', 5000)))).Message;
        Assert.Equal("Nội dung ý kiến dài quá 4.000 ký tự.", message);
        // Comparisons such as "điểm < 5" are text, not markup.
        await Send(host, dossier, "10.0.0.3", "Điểm thi đua 9 > 8 và 3 < 5, đề nghị xem xét.");

        var seen = await host.RunAsync<GetDossierConsultation, DossierConsultation?>(g => g.HandleAsync(province.Reviewer, dossier));
        Assert.Equal(2, seen!.OpinionCount);
        Assert.Contains(seen.Opinions, o => o.Name == "Lê Văn Tư" && o.Text == "Tôi đồng ý đề nghị khen thưởng.");
        Assert.Null(await host.RunAsync<GetDossierConsultation, DossierConsultation?>(g => g.HandleAsync(province.Clerk(province.School), dossier)));
        Assert.Null(await host.RunAsync<GetDossierConsultation, DossierConsultation?>(g => g.HandleAsync(province.Chairman, dossier)));
        await Assert.ThrowsAsync<NotFoundException>(() => Send(host, Guid.NewGuid(), "10.0.0.4"));
    }

    [Fact]
    public async Task A_hundred_opinions_a_minute_from_one_client_are_throttled_after_five_and_others_still_get_through()
    {
        var (host, _, dossier) = await UnderConsultationAsync();
        await using var __ = host;
        var start = host.Clock.Now;
        var accepted = 0;
        var throttled = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            host.Clock.Now = start.AddSeconds(i * 0.6);
            try { await Send(host, dossier, "203.0.113.9", $"Ý kiến số {i + 1}"); accepted++; }
            catch (DomainException e) { throttled.Add(e.Code); }
        }
        Assert.Equal(SendPublicOpinion.PerWindow, accepted);
        Assert.Equal(95, throttled.Count(c => c == "opinion-throttled"));
        Assert.Equal(SendPublicOpinion.PerWindow, await host.ReadAsync(db => db.PublicOpinions.CountAsync()));
        await Send(host, dossier, "198.51.100.7");
        host.Clock.Now = start + SendPublicOpinion.Window + TimeSpan.FromMinutes(1);
        await Send(host, dossier, "203.0.113.9", "Sau khi chờ.");
        Assert.Equal(SendPublicOpinion.PerWindow + 2, await host.ReadAsync(db => db.PublicOpinions.CountAsync()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_issued_decision_of_an_award_set_to_publish_lists_its_awarded_searchable_by_name_or_unit(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var dossier = await province.Dossier().WithPeople(Lan, Lan with { Name = "Lê Văn Bình", IdentityNumber = "001179054321" }).AtChairmanAsync();
        await using (var db = host.Database.NewContext())
        {
            var d = await db.Dossiers.Include(x => x.Nominees).SingleAsync(x => x.Id == dossier);
            d.RecordChairmanDecision(host.Workflows.Get(d.WorkflowId, d.WorkflowVersion), d.Revision,
                d.Nominees.Where(n => n.Name == "Trần Thị Lan").Select(n => n.Id).ToList(), host.Clock.Now);
            var session = await db.CouncilSessions.Where(s => s.Items.Any(i => i.DossierId == dossier)).Select(s => s.Id).SingleAsync();
            var decision = SessionDecision.Approve(session, d.AwardTypeId, SessionDecisionKind.Decision, "QĐ", "chutich", "Lâm Văn Mẫn", "Chủ tịch",
                SigningCapacity.Head, [], "chutich", "Lâm Văn Mẫn", host.Clock.Now);
            var today = DateOnly.FromDateTime(host.Clock.Now);
            var document = db.DocumentContents.Add(DocumentContent.From([1, 2, 3])).Entity;
            decision.Issue(decision.Revision, 125, today, today, today.AddDays(1), document.Sha256, "vanthu", host.Clock.Now);
            db.SessionDecisions.Add(decision);
            await db.SaveChangesAsync();
        }
        Task<PublishedDecisionsView> List(string? q) => host.RunAsync<ListPublishedDecisions, PublishedDecisionsView>(l => l.HandleAsync(q));

        Assert.Equal(0, (await List(null)).Decisions.TotalCount);   // the award does not publish its decisions yet
        var provincial = await AwardIdAsync(host, Province.ProvincialAward);
        await host.RunAsync<SetAwardPublicity>(s => s.HandleAsync(Admin(province), provincial, false, true));
        var published = Assert.Single((await List(null)).Decisions.Items);
        Assert.Equal("125/QĐ-UBND", published.NumberText);

        var byName = await List("tran thi LAN");
        Assert.Equal(["Trần Thị Lan"], byName.Found!.Items.Select(a => a.Name));
        Assert.Equal(["Trần Thị Lan"], (await List("giáo dục")).Found!.Items.Select(a => a.Name));   // by the unit, and Bình was not awarded
        Assert.Equal(0, (await List("Lê Văn Bình")).Found!.TotalCount);
        var within = await host.RunAsync<ListPublishedDecisions, PublishedDecisionsView>(l => l.HandleAsync(null, published.Id));
        Assert.Equal(1, within.Found!.TotalCount);
        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<ListPublishedDecisions, PublishedDecisionsView>(l => l.HandleAsync(null, Guid.NewGuid())));
    }
}
