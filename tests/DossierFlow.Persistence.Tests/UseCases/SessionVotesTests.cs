using DocumentFormat.OpenXml.Packaging;
using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The session-wide vote grid as use cases on a real SQLite database: a draft moves nothing, every bad row is named by
/// row and column, confirmation moves the dossiers, a correction is journalled, the ballot file imports all or nothing.
/// </summary>
public class SessionVotesTests : ProvinceTest
{
    /// <summary>
    /// A session whose attendance is recorded (8 of 9 present): the union's dossier of one and the school's of two;
    /// the nominees in the grid's order (by unit): Kim Thị Sa Phia, Nguyễn Văn An, Trần Thị Bình.
    /// </summary>
    private async Task<(Guid Session, Guid School, Guid Union, List<Guid> Nominees)> HeldSessionAsync()
    {
        var school = await _province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AtCouncilAsync();
        var union = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AtCouncilAsync();
        var session = await _province.ScheduleAsync(school, union);
        await _province.AttendAsync(session, absent: [_province.Members[8]]);
        var nominees = (await DossierBuilder.NomineesAsync(_host, union)).Concat(await DossierBuilder.NomineesAsync(_host, school)).ToList();
        return (session, school, union, nominees);
    }

    private Task<string> StateAsync(Guid dossier) => _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.State).SingleAsync());

    private Task<CouncilSession> SessionAsync(Guid session) => _host.ReadAsync(db => db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == session));

    [Fact]
    public async Task A_draft_keeps_the_typed_counts_and_moves_no_dossier()
    {
        var (session, school, union, n) = await HeldSessionAsync();

        Assert.Equal(2, await _province.DraftAsync(session, new NomineeCounts(n[0], 8, null, null), new NomineeCounts(n[2], 3, 5, 0)));
        await _province.DraftAsync(session, new NomineeCounts(n[0], 7, 1, 0), new NomineeCounts(n[2], null, null, null));

        var stored = await SessionAsync(session);
        Assert.Equal([(n[0], 7, 1)], stored.Votes.Select(v => (v.NomineeId, v.For, v.Against)).ToList());
        Assert.False(stored.ResultsConfirmed);
        Assert.Equal(("council", "council"), (await StateAsync(school), await StateAsync(union)));
        Assert.Null(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == school).SelectMany(d => d.Nominees).Select(x => x.CouncilRecommended).FirstAsync()));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_row_and_column_and_nothing_is_kept()
    {
        var (session, _, _, n) = await HeldSessionAsync();
        await _province.DraftAsync(session, new NomineeCounts(n[1], 8, 0, 0));
        var revision = await _province.SessionRevisionAsync(session);

        var error = await Assert.ThrowsAsync<ImportFailedException>(() => _province.DraftAsync(session,
            new NomineeCounts(n[0], -1, 0, 0), new NomineeCounts(n[1], 6, 0, 0), new NomineeCounts(n[2], int.MaxValue, int.MaxValue, 0)));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Line == 1 && p.Field == "Đồng ý" && p.Message.Contains("Kim Thị Sa Phia") && p.Message.Contains("số âm"));
        Assert.Contains(error.Problems, p => p.Line == 3 && p.Message.Contains("Trần Thị Bình") && p.Message.Contains("vượt quá số thành viên có mặt (8)"));
        var stored = await SessionAsync(session);
        Assert.Equal(revision, stored.Revision);
        Assert.Equal([(n[1], 8)], stored.Votes.Select(v => (v.NomineeId, v.For)).ToList());
    }

    [Fact]
    public async Task Confirmation_needs_every_nominee_then_moves_each_dossier_by_its_results_and_mails_the_refused_unit()
    {
        var (session, school, union, n) = await HeldSessionAsync();
        await _province.DraftAsync(session, new NomineeCounts(n[1], 8, 0, 0), new NomineeCounts(n[2], 2, 6, 0));

        var missing = await Assert.ThrowsAsync<ImportFailedException>(() => _province.ConfirmAsync(session));
        Assert.Equal(1, Assert.Single(missing.Problems).Line);
        Assert.Contains("Kim Thị Sa Phia", missing.Problems[0].Message);
        Assert.Equal("council", await StateAsync(school));

        await _province.DraftAsync(session, new NomineeCounts(n[0], 5, 3, 0));
        var summary = await _province.ConfirmAsync(session);

        Assert.Equal((1, 2, 1, 1), (summary.Passed, summary.Failed, summary.DossiersToChairman, summary.DossiersRefused));
        Assert.Equal(["Kim Thị Sa Phia", "Trần Thị Bình"], summary.FailedNames);
        Assert.Equal(("chairman", "refused"), (await StateAsync(school), await StateAsync(union)));
        Assert.Equal([true, false], await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == school).SelectMany(d => d.Nominees)
            .OrderBy(x => x.Order).Select(x => x.CouncilRecommended == true).ToListAsync()));
        Assert.True(await _host.ReadAsync(db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{union}:") && m.ToAddresses.Contains("ldld@"))));
        var stored = await SessionAsync(session);
        Assert.True(stored.ResultsConfirmed);
        Assert.Equal(SessionStatus.Held, stored.Status);
        Assert.Equal("session-confirmed", (await Assert.ThrowsAsync<DomainException>(() => _province.DraftAsync(session, new NomineeCounts(n[0], 8, 0, 0)))).Code);
    }

    [Fact]
    public async Task Confirmation_refuses_a_session_without_quorum_and_moves_nothing()
    {
        var dossier = await _province.Dossier().WithNominees("Nguyễn Văn An").AtCouncilAsync();
        var session = await _province.ScheduleAsync(dossier);
        await _province.AttendAsync(session, absent: _province.Members.Skip(3).ToList());   // 3 of 9 present: the quorum is 50%
        await DossierBuilder.VoteAsync(_province, session, dossier, [(3, 0)], confirm: false);

        Assert.Equal("council-quorum", (await Assert.ThrowsAsync<DomainException>(() => _province.ConfirmAsync(session))).Code);
        Assert.Equal("council", await StateAsync(dossier));
    }

    private async Task<VoteCorrection> CorrectAsync(Guid session, NomineeCounts counts, string? reason) =>
        await _host.RunAsync<CorrectVote, VoteCorrection>(async c =>
            await c.HandleAsync(_province.Secretary, session, new VoteCorrectionInput(await _province.SessionRevisionAsync(session), counts, reason)));

    [Fact]
    public async Task A_confirmed_result_is_corrected_with_a_reason_journalled_old_and_new_until_the_minutes()
    {
        var (session, school, union, n) = await HeldSessionAsync();
        Assert.Equal("session-not-confirmed", (await Assert.ThrowsAsync<DomainException>(() => CorrectAsync(session, new NomineeCounts(n[2], 7, 1, 0), "Nhầm"))).Code);
        await _province.DraftAsync(session, new NomineeCounts(n[1], 8, 0, 0), new NomineeCounts(n[2], 2, 6, 0), new NomineeCounts(n[0], 5, 3, 0));
        await _province.ConfirmAsync(session);
        _host.Clock.Now = _host.Clock.Now.AddMinutes(30);

        Assert.Equal("vote-correction-reason", (await Assert.ThrowsAsync<DomainException>(() => CorrectAsync(session, new NomineeCounts(n[2], 7, 1, 0), " "))).Code);
        var correction = await CorrectAsync(session, new NomineeCounts(n[2], 7, 1, 0), "Thư ký nhập nhầm số phiếu đồng ý (biên bản kiểm phiếu ghi 7).");

        Assert.Equal((2, 6, false, 7, 1, true), (correction.OldFor, correction.OldAgainst, correction.OldPassed, correction.NewFor, correction.NewAgainst, correction.NewPassed));
        Assert.Equal(_host.Clock.Now, correction.At);
        var stored = await SessionAsync(session);
        var journalled = Assert.Single(stored.Corrections);
        Assert.Equal(("Trần Thị Bình", "Người dùng thử"), (journalled.NomineeName, journalled.By));
        Assert.Contains("biên bản kiểm phiếu ghi 7", journalled.Reason);
        Assert.True(stored.Votes.Single(v => v.NomineeId == n[2]).Passed);
        Assert.True(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == school).SelectMany(d => d.Nominees).Where(x => x.Id == n[2])
            .Select(x => x.CouncilRecommended == true).SingleAsync()));
        Assert.Equal("chairman", await StateAsync(school));

        await _host.RunAsync<GenerateMinutes>(async g => await g.HandleAsync(_province.Secretary, session, await _province.SessionRevisionAsync(session)));
        Assert.Equal("session-minutes-issued",
            (await Assert.ThrowsAsync<DomainException>(() => CorrectAsync(session, new NomineeCounts(n[1], 7, 1, 0), "Nhầm"))).Code);
    }

    [Fact]
    public async Task A_correction_that_would_send_a_dossier_elsewhere_after_it_moved_is_refused_and_changes_nothing()
    {
        var (session, school, union, n) = await HeldSessionAsync();
        await _province.DraftAsync(session, new NomineeCounts(n[1], 8, 0, 0), new NomineeCounts(n[2], 2, 6, 0), new NomineeCounts(n[0], 5, 3, 0));
        await _province.ConfirmAsync(session);
        var revision = await _province.SessionRevisionAsync(session);

        var reopen = await Assert.ThrowsAsync<DomainException>(() => CorrectAsync(session, new NomineeCounts(n[0], 8, 0, 0), "Nhầm số phiếu"));
        var close = await Assert.ThrowsAsync<DomainException>(() => CorrectAsync(session, new NomineeCounts(n[1], 1, 7, 0), "Nhầm số phiếu"));

        Assert.Equal(("vote-correction-moves-dossier", "vote-correction-moves-dossier"), (reopen.Code, close.Code));
        Assert.Contains("đã đóng", reopen.Message);
        Assert.Contains("đã trình Chủ tịch", close.Message);
        var stored = await SessionAsync(session);
        Assert.Equal((revision, 0), (stored.Revision, stored.Corrections.Count));
        Assert.Equal(("chairman", "refused"), (await StateAsync(school), await StateAsync(union)));
    }

    private async Task<byte[]> BallotSheetAsync(Guid session) =>
        await _host.RunAsync<SessionVoteFiles, byte[]>(async f => (await f.BallotSheetAsync(_province.Secretary, session)).Content);

    private async Task<int> ImportAsync(Guid session, byte[] file) =>
        await _host.RunAsync<ImportBallotFile, int>(async i =>
            await i.HandleAsync(_province.Secretary, session, await _province.SessionRevisionAsync(session), "kiem-phieu.xlsx", file));

    [Fact]
    public async Task A_ballot_file_with_a_missing_nominee_an_extra_row_a_count_above_those_present_and_text_lists_them_all_and_records_nothing()
    {
        var (session, _, _, n) = await HeldSessionAsync();
        await _province.DraftAsync(session, new NomineeCounts(n[0], 8, 0, 0));
        var rows = NomineeWorkbook.Rows(await BallotSheetAsync(session));
        Assert.Equal(["1", n[0].ToString("N"), "Kim Thị Sa Phia", "Liên đoàn Lao động tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "8", "0", "0", "0"], rows[0]);
        Assert.Equal(3, rows.Count);

        string[] Row(string[] r, string f, string g, string h) => [.. r[..5], f, g, h, ""];
        var bad = NomineeWorkbook.Fill(await BallotSheetAsync(session), [
            Row(rows[0], "bảy", "1", "0"),                                                       // row 2: text in a number cell
            Row(rows[1], "6", "2", "1"),                                                          // row 3: 9 votes from 8 present
            ["4", Guid.NewGuid().ToString("N"), "Người lạ", "Đơn vị khác", "Giấy khen", "8", "0", "0", ""], // row 4: not of this session
        ]);                                                                                       // and Trần Thị Bình is missing
        var error = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(session, bad));

        Assert.Contains(error.Problems, p => p.Line == 2 && p.Field.StartsWith("F (") && p.Message.Contains("\"bảy\""));
        Assert.Contains(error.Problems, p => p.Line == 3 && p.Message.Contains("(9) vượt quá số thành viên có mặt (8)"));
        Assert.Contains(error.Problems, p => p.Line == 4 && p.Field.StartsWith("B (") && p.Message.Contains("Dòng thừa"));
        Assert.Contains(error.Problems, p => p.Message.Contains("Thiếu dòng của Trần Thị Bình"));
        Assert.Equal(4, error.Problems.Count);
        Assert.Equal([(n[0], 8)], (await SessionAsync(session)).Votes.Select(v => (v.NomineeId, v.For)).ToList());
    }

    [Fact]
    public async Task A_clean_ballot_file_becomes_the_draft_of_every_nominee_in_any_row_order()
    {
        var (session, school, _, n) = await HeldSessionAsync();
        var rows = NomineeWorkbook.Rows(await BallotSheetAsync(session));
        var filled = rows.Select((r, i) => (string[])[.. r[..5], (8 - i).ToString(), i.ToString(), "0", ""]).Reverse().ToList();

        Assert.Equal(3, await ImportAsync(session, NomineeWorkbook.Fill(await BallotSheetAsync(session), filled)));

        var stored = await SessionAsync(session);
        Assert.Equal([(n[0], 8, true), (n[1], 7, true), (n[2], 6, false)],
            stored.Votes.OrderBy(v => n.IndexOf(v.NomineeId)).Select(v => (v.NomineeId, v.For, v.Passed)).ToList());
        Assert.False(stored.ResultsConfirmed);
        Assert.Equal("council", await StateAsync(school));
    }

    [Fact]
    public async Task The_grid_pages_the_agenda_by_award_and_unit_with_each_groups_count()
    {
        var (session, _, _, _) = await HeldSessionAsync();

        var view = await _host.RunAsync<GetVoteGrid, VoteGridView>(g => g.HandleAsync(_province.Secretary, session, 1));

        Assert.Equal((1, 1, 3), (view.Page, view.Pages, view.Total));
        Assert.Equal([("Liên đoàn Lao động tỉnh", 1), ("Sở Giáo dục và Đào tạo", 2)], view.Groups.Select(g => (g.UnitName, g.Nominees)).ToList());
        Assert.Equal(["Kim Thị Sa Phia", "Nguyễn Văn An", "Trần Thị Bình"], view.Lines.Select(l => l.Name).ToList());
        Assert.Equal([1, 2, 3], view.Lines.Select(l => l.Number).ToList());
    }

    [Fact]
    public async Task The_ballot_paper_lists_every_nominee_voted_by_secret_ballot_with_tick_columns()
    {
        await using var host = await UseCaseHost.CreateAsync(configure: s => s.AddSingleton(new VotingRules(VotingRule.Default,
            new Dictionary<string, VotingRule> { [Province.ProvincialAward] = VotingRule.Default with { Ballot = BallotType.SecretBallot } })));
        var province = await Province.CreateAsync(host);
        var school = await province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AtCouncilAsync();
        var unit = await province.Dossier(Province.UnitAward).WithNominees("Lê Văn Cường").DraftAsync();
        var session = await province.ScheduleAsync(school);

        var paper = await host.RunAsync<SessionVoteFiles, Application.Forms.ExportFile>(f => f.BallotPaperAsync(province.Secretary, session));

        using var word = WordprocessingDocument.Open(new MemoryStream(paper.Content), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("PHIẾU BẦU", text.ToUpperInvariant());
        Assert.Contains("Nguyễn Văn An (Sở Giáo dục và Đào tạo)", text);
        Assert.Contains("Trần Thị Bình", text);
        Assert.Contains("Đồng ý (đánh dấu X)", text);
        Assert.DoesNotContain("Lê Văn Cường", text);
        Assert.StartsWith("phieu-bau-", paper.FileName);

        var (shown, _, _, _) = await HeldSessionAsync();
        Assert.Contains("bỏ phiếu kín", (await Assert.ThrowsAsync<Application.Common.NotFoundException>(() =>
            _host.RunAsync<SessionVoteFiles, Application.Forms.ExportFile>(f => f.BallotPaperAsync(_province.Secretary, shown)))).Message);
    }
}
