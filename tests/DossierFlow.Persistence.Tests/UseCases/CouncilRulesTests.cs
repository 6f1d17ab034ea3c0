using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>The council's rules as use cases on a real SQLite database: attendance, the agenda, the start time.</summary>
public class CouncilRulesTests : ProvinceTest
{
    private async Task<(Guid Session, Guid Dossier)> SessionWithAsync(params string[] nominees)
    {
        var dossier = await _province.Dossier().WithNominees(nominees).AtCouncilAsync();
        return (await _province.ScheduleAsync(dossier), dossier);
    }

    private Task<int> RevisionAsync(Guid session) => _province.SessionRevisionAsync(session);

    [Fact]
    public async Task Attendance_and_votes_are_refused_before_the_session_starts_and_only_the_secretary_records_them()
    {
        var (session, dossier) = await SessionWithAsync("Nguyễn Văn An");
        var nominee = (await DossierBuilder.NomineesAsync(_host, dossier))[0];

        var early = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<ChangeSession>(c =>
            c.RecordAttendanceAsync(_province.Secretary, session, new AttendanceInput(1, _province.Members, []))));
        Assert.Equal("session-not-started", early.Code);
        Assert.Contains("14:30", early.Message);
        Assert.Equal("session-not-started", (await Assert.ThrowsAsync<DomainException>(() => _province.DraftAsync(session, new NomineeCounts(nominee, 9, 0, 0)))).Code);

        await _province.StartAsync(session);
        Assert.Equal("session-attendance-missing",
            (await Assert.ThrowsAsync<DomainException>(() => _province.DraftAsync(session, new NomineeCounts(nominee, 9, 0, 0)))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<ChangeSession>(c =>
            c.RecordAttendanceAsync(_province.Member, session, new AttendanceInput(1, _province.Members, []))));
        await _province.AttendAsync(session);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<SaveVoteDraft>(s =>
            s.HandleAsync(_province.Member, session, new VoteDraftInput(2, [new NomineeCounts(nominee, 9, 0, 0)]))));
    }

    [Fact]
    public async Task A_member_is_present_or_absent_never_both_and_a_session_with_nobody_present_is_refused_clearly()
    {
        var (session, _) = await SessionWithAsync("Nguyễn Văn An");
        await _province.StartAsync(session);
        var members = _province.Members;

        var both = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<ChangeSession>(c =>
            c.RecordAttendanceAsync(_province.Secretary, session, new AttendanceInput(1, members, [members[3]]))));
        Assert.Equal("session-attendance-both", both.Code);
        Assert.Contains("Thành viên số 4", both.Message);
        var nobody = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<ChangeSession>(c =>
            c.RecordAttendanceAsync(_province.Secretary, session, new AttendanceInput(1, [], [members[3]]))));
        Assert.Equal("session-attendance-empty", nobody.Code);
        Assert.Contains("Không có thành viên nào có mặt", nobody.Message);
        Assert.False(await _host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.AttendanceRecorded).SingleAsync()));
        Assert.Equal(1, await RevisionAsync(session));
    }

    [Fact]
    public async Task Minutes_wait_for_the_confirmed_results()
    {
        var (session, dossier) = await SessionWithAsync("Nguyễn Văn An");
        await _province.AttendAsync(session);
        await DossierBuilder.VoteAsync(_province, session, dossier, [(9, 0)], confirm: false);

        var early = await Assert.ThrowsAsync<DomainException>(() =>
            _host.RunAsync<GenerateMinutes>(async g => await g.HandleAsync(_province.Secretary, session, await RevisionAsync(session))));
        Assert.Equal("session-minutes-early", early.Code);
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
