using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>The rules of a dossier's path to Sở Nội vụ, as use cases on a real SQLite database.</summary>
public class WorkflowRulesTests : ProvinceTest
{
    private Task<DomainException> RefusedAsync(Guid dossier, Domain.Access.Actor actor, string action, string? comment = null) =>
        Assert.ThrowsAnyAsync<DomainException>(() => DossierBuilder.ActAsync(_host, dossier, actor, action, comment));

    private Task<string> StateAsync(Guid dossier) => _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.State).SingleAsync());

    [Fact]
    public async Task A_clerk_may_not_submit_and_submitting_without_documents_names_the_failed_guard()
    {
        var dossier = await _province.Dossier().WithoutDocuments().DraftAsync();

        Assert.Equal("transition-role", (await RefusedAsync(dossier, _province.Clerk(_province.School), "submit")).Code);
        var missing = Assert.IsType<GuardFailedException>(await RefusedAsync(dossier, _province.Leader(_province.School), "submit"));
        Assert.Equal([Vocabulary.DocumentsPresent], missing.Guards);
        Assert.Contains("to-trinh", missing.Message);   // the missing kinds, by their codes
        Assert.Equal("drafting", await StateAsync(dossier));
    }

    [Fact]
    public async Task Another_units_user_cannot_act_on_a_dossier()
    {
        var dossier = await _province.Dossier().DraftAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.Union), "submit"));
        Assert.Equal("drafting", await StateAsync(dossier));
    }

    [Fact]
    public async Task A_repeated_operation_id_acts_once()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        var operation = Guid.NewGuid();

        var first = await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit", operationId: operation, revision: revision);
        var again = await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit", operationId: operation, revision: revision);

        Assert.False(first.Repeated);
        Assert.True(again.Repeated);
        Assert.Equal(1, await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Journal).CountAsync()));
    }

    [Fact]
    public async Task A_stale_revision_is_refused()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit", revision: 1));
        Assert.Equal("stale-revision", stale.Code);
    }

    [Fact]
    public async Task Returning_needs_a_reason_forwarding_needs_the_criteria_and_only_the_proposer_edits_while_holding_it()
    {
        var dossier = await _province.Dossier().DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
        var submitted = await DossierBuilder.RevisionAsync(_host, dossier);
        Assert.Equal("dossier-not-editable", (await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<EditNominees, Guid>(e =>
            e.AddAsync(_province.Clerk(_province.School), dossier, submitted, new NomineeDetails(NomineeKind.Individual, "Người thêm sau", null, null))))).Code);
        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive");

        Assert.Equal("transition-comment-required", (await RefusedAsync(dossier, _province.Reviewer, "return")).Code);
        await DossierBuilder.ActAsync(_host, dossier, _province.Reviewer, "return", "Bổ sung xác nhận của cấp trình");
        Assert.True(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.HeldByProposer).SingleAsync()));
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive");

        var unchecked_ = Assert.IsType<GuardFailedException>(await RefusedAsync(dossier, _province.Reviewer, "forward"));
        Assert.Equal([Vocabulary.CriteriaEvaluated], unchecked_.Guards);
        await DossierBuilder.ActAsync(_host, dossier, _province.Reviewer, "forward", criteria: true);
        Assert.Equal("council", await StateAsync(dossier));
        Assert.Equal(["submit", "receive", "return", "submit", "receive", "forward"], await _host.ReadAsync(db =>
            db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Journal).OrderBy(e => e.Revision).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_units_own_Giay_khen_is_decided_by_its_leader_as_a_plain_action()
    {
        // "decide" and "decline" are the Chairman's dedicated actions only from a state the Chairman holds.
        var dossier = await _province.Dossier(Province.UnitAward).DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Clerk(_province.School), "propose");

        var decided = await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), Vocabulary.DedicatedAction.Decide);

        Assert.Equal("awarded", decided.State);
    }
}
