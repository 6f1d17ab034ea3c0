using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The Chairman's and the central level's rules as use cases on a real SQLite database. Approval, which generates
/// the numbered decision, is followed end to end over HTTP in the web tests.
/// </summary>
public class ChairmanRulesTests : ProvinceTest
{
    private Task<ChairmanDecisionResult> DecideAsync(Guid dossier, int revision, IReadOnlyList<Guid> approved, string? reason = null,
        Domain.Access.Actor? actor = null) =>
        _host.RunAsync<DecideAward, ChairmanDecisionResult>(d =>
            d.HandleAsync(actor ?? _province.Chairman, dossier, new ChairmanDecisionInput(revision, Guid.NewGuid(), approved, reason)));

    private Task<List<Guid>> NomineesAsync(Guid dossier) =>
        _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Id).ToListAsync());

    [Fact]
    public async Task Only_the_Chairman_decides_and_only_through_the_decision_never_as_a_plain_action()
    {
        var dossier = await _province.Dossier().AtChairmanAsync();
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);

        await Assert.ThrowsAsync<ForbiddenException>(() => DecideAsync(dossier, revision, [], "x", _province.Secretary));
        foreach (var plain in new[] { Vocabulary.DedicatedAction.Decide, Vocabulary.DedicatedAction.Decline })
            Assert.Equal("dedicated-action", (await Assert.ThrowsAsync<DomainException>(() =>
                DossierBuilder.ActAsync(_host, dossier, _province.Chairman, plain, "lý do"))).Code);
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, dossier));
    }

    [Fact]
    public async Task The_dossier_refuses_a_decision_while_the_Chairman_does_not_hold_it()
    {
        var atCouncil = await _province.Dossier().AtCouncilAsync();
        var nominees = await NomineesAsync(atCouncil);

        var revision = await DossierBuilder.RevisionAsync(_host, atCouncil);

        var error = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(atCouncil, revision, nominees));

        Assert.Equal("chairman-not-holding", error.Code);
        Assert.Equal("council", await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == atCouncil).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_only_recommended_nominees_can_be_awarded()
    {
        var dossier = await _province.Dossier().WithNominees("Đạt phiếu", "Không đạt phiếu").AtCouncilAsync();
        var session = await _province.ScheduleAsync(dossier);
        await _province.AttendAsync(session);
        await DossierBuilder.VoteAsync(_province, session, dossier, [(9, 0), (2, 7)]);
        var (recommended, notRecommended) = (await NomineesAsync(dossier)) is var ids ? (ids[0], ids[1]) : default;
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);

        Assert.Equal("chairman-reason", (await Assert.ThrowsAsync<DomainException>(() => DecideAsync(dossier, revision, [], " "))).Code);
        Assert.Equal("chairman-not-recommended", (await Assert.ThrowsAsync<DomainException>(() =>
            DecideAsync(dossier, revision, [recommended, notRecommended]))).Code);
        Assert.Equal(("chairman", revision), await _host.ReadAsync(db =>
            db.Dossiers.Where(d => d.Id == dossier).Select(d => ValueTuple.Create(d.State, d.Revision)).SingleAsync()));
    }

    [Fact]
    public async Task A_refusal_with_a_reason_closes_the_dossier_journals_it_and_mails_the_unit()
    {
        var dossier = await _province.Dossier().AtChairmanAsync();

        var result = await DecideAsync(dossier, await DossierBuilder.RevisionAsync(_host, dossier), [], "Chưa đủ thành tích tiêu biểu");

        Assert.Equal(("refused", null), (result.Workflow.State, result.DecisionDocumentId));
        var last = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Journal).OrderBy(e => e.Revision).LastAsync());
        Assert.Equal((Vocabulary.DedicatedAction.Decline, "Chưa đủ thành tích tiêu biểu"), (last.Action, last.Comment));
        Assert.True(await _host.ReadAsync(db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{dossier}:") && m.ToAddresses.Contains("sgddt@"))));
    }

    [Fact]
    public async Task The_central_decision_is_refused_while_the_central_level_does_not_hold_the_dossier()
    {
        var national = await _province.Dossier(Province.NationalAward).AtChairmanAsync();
        var nominees = await NomineesAsync(national);

        var revision = await DossierBuilder.RevisionAsync(_host, national);

        var refused = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<RecordCentralDecision, Application.Workflows.WorkflowActionResult>(r =>
            r.HandleAsync(_province.Reviewer, national, new CentralDecisionInput(revision, Guid.NewGuid(), "1234/QĐ-TTg", "01/11/2025", nominees))));

        Assert.Equal("central-not-holding", refused.Code);
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, national));
    }

    [Fact]
    public async Task Approval_awards_the_chosen_nominees_with_a_numbered_decision_and_the_others_are_named_as_not_awarded()
    {
        var dossier = await _province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AtChairmanAsync();
        var (first, second) = (await NomineesAsync(dossier)) is var ids ? (ids[0], ids[1]) : default;

        var result = await DecideAsync(dossier, await DossierBuilder.RevisionAsync(_host, dossier), [first]);

        Assert.Equal("awarded", result.Workflow.State);
        Assert.NotNull(result.DecisionDocumentId);
        var stored = await _host.ReadAsync(db => db.Dossiers.Include(d => d.Nominees).Include(d => d.Journal).Include(d => d.Documents).SingleAsync(d => d.Id == dossier));
        Assert.Equal([true, false], stored.Nominees.OrderBy(n => n.Order).Select(n => n.ChairmanApproved == true));
        Assert.Contains(stored.Documents, d => d.Id == result.DecisionDocumentId && d.Kind == "quyet-dinh-khen-thuong");
        var decision = stored.Journal.Single(e => e.Action == Vocabulary.DedicatedAction.Decide);
        Assert.Contains("Trần Thị Bình", decision.Comment);
    }

    [Fact]
    public async Task A_national_award_goes_up_signed_and_the_central_decision_cannot_be_dated_in_the_future()
    {
        var national = await _province.Dossier(Province.NationalAward).AtChairmanAsync();
        var nominees = await NomineesAsync(national);
        var signed = await DecideAsync(national, await DossierBuilder.RevisionAsync(_host, national), nominees);
        Assert.Equal("central", signed.Workflow.State);
        Task<Application.Workflows.WorkflowActionResult> RecordAsync(int revision, string date) =>
            _host.RunAsync<RecordCentralDecision, Application.Workflows.WorkflowActionResult>(r =>
                r.HandleAsync(_province.Reviewer, national, new CentralDecisionInput(revision, Guid.NewGuid(), "1234/QĐ-TTg", date, nominees)));
        var revision = await DossierBuilder.RevisionAsync(_host, national);
        // The council met on the session's day (the clock moved to it), so "today" is read from the clock.
        var today = _host.Clock.Now.AddHours(7).Date;

        Assert.Equal("central-date-future", (await Assert.ThrowsAsync<DomainException>(() => RecordAsync(revision, today.AddDays(1).ToString("dd/MM/yyyy")))).Code);
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, national));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<RecordCentralDecision, Application.Workflows.WorkflowActionResult>(r =>
            r.HandleAsync(_province.Chairman, national, new CentralDecisionInput(revision, Guid.NewGuid(), "1234/QĐ-TTg", today.ToString("dd/MM/yyyy"), nominees))));
        Assert.Equal("awarded", (await RecordAsync(revision, today.ToString("dd/MM/yyyy"))).State);
    }
}
