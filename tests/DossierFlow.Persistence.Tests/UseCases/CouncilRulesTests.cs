using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>The council's rules as use cases on a real SQLite database: attendance, counts, outcomes and the agenda.</summary>
public class CouncilRulesTests : ProvinceTest
{
    private async Task<(Guid Session, Guid Dossier)> SessionWithAsync(params string[] nominees)
    {
        var dossier = await _province.Dossier().WithNominees(nominees).AtCouncilAsync();
        return (await _province.ScheduleAsync(dossier), dossier);
    }

    [Fact]
    public async Task Votes_wait_for_the_attendance_and_only_the_secretary_records_them()
    {
        var (session, dossier) = await SessionWithAsync("Nguyễn Văn An");

        var early = await Assert.ThrowsAsync<DomainException>(() => DossierBuilder.VoteAsync(_province, session, dossier, (8, 0)));
        Assert.Equal("session-attendance-missing", early.Code);
        await _province.AttendAsync(session);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<RecordCouncilVotes>(r =>
            r.HandleAsync(_province.Member, session, dossier, new CouncilVotesInput(1, 1, Guid.NewGuid(), []))));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<ChangeSession>(c =>
            c.RecordAttendanceAsync(_province.Member, session, new AttendanceInput(2, _province.Members, []))));
    }

    [Theory]
    [InlineData(9, 0, "votes-sum")]                       // 9 votes from 8 present
    [InlineData(int.MaxValue, int.MaxValue, "votes-sum")] // overflows an int: judged on the true sum
    [InlineData(-1, 0, "votes-negative")]
    public async Task A_wrong_count_is_refused_by_the_nominees_name_and_changes_nothing(int votesFor, int against, string code)
    {
        var (session, dossier) = await SessionWithAsync("Trần Thị Bình");
        await _province.AttendAsync(session, absent: [_province.Members[8]]);
        var before = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => new { d.State, d.Revision }).SingleAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => DossierBuilder.VoteAsync(_province, session, dossier, (votesFor, against)));

        Assert.Equal(code, error.Code);
        Assert.Contains("Trần Thị Bình", error.Message);
        Assert.Equal(before, await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => new { d.State, d.Revision }).SingleAsync()));
        Assert.Empty(await _host.ReadAsync(async db => (await db.CouncilSessions.SingleAsync(s => s.Id == session)).Votes));
    }

    [Fact]
    public async Task A_dossier_with_a_nominee_who_passed_goes_to_the_Chairman_and_one_where_nobody_did_closes_with_the_reasons_mailed()
    {
        var school = await _province.Dossier().WithNominees("Trường THPT Chuyên").AtCouncilAsync();
        var union = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AtCouncilAsync();
        var session = await _province.ScheduleAsync(school, union);
        await _province.AttendAsync(session);

        // Sending the school's dossier to the council mailed the unit; passing the council mails nobody.
        var schoolMails = await _host.ReadAsync(db => db.Outbox.CountAsync(m => m.IdempotencyKey.StartsWith($"dossier:{school}:")));
        var passed = await DossierBuilder.VoteAsync(_province, session, school, (8, 1));
        var failed = await DossierBuilder.VoteAsync(_province, session, union, (5, 3));

        Assert.Equal("chairman", passed.Workflow.State);
        Assert.Equal("refused", failed.Workflow.State);
        var note = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == union).SelectMany(d => d.Nominees).Select(n => n.CouncilNote).SingleAsync());
        Assert.Contains("5/9", note);
        Assert.Contains("không đạt", note);
        Assert.True(await _host.ReadAsync(db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{union}:") && m.ToAddresses.Contains("ldld@"))));
        Assert.Equal(schoolMails, await _host.ReadAsync(db => db.Outbox.CountAsync(m => m.IdempotencyKey.StartsWith($"dossier:{school}:"))));
    }

    [Fact]
    public async Task A_dossier_on_one_agenda_is_not_waiting_for_another_until_that_session_is_cancelled()
    {
        var (session, dossier) = await SessionWithAsync("Nguyễn Văn An");

        var again = await Assert.ThrowsAsync<DomainException>(() => _province.ScheduleAsync(dossier));
        Assert.Equal("session-dossier-not-waiting", again.Code);
        await _host.RunAsync<ChangeSession>(c => c.CancelAsync(_province.Secretary, session, 1));
        await _province.ScheduleAsync(dossier);
    }

    [Fact]
    public async Task A_dossier_that_has_not_reached_the_council_cannot_be_put_on_an_agenda()
    {
        var draft = await _province.Dossier().DraftAsync();
        Assert.Equal("session-dossier-not-waiting", (await Assert.ThrowsAsync<DomainException>(() => _province.ScheduleAsync(draft))).Code);
    }
}
