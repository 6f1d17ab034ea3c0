using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Domain.Tests;

public class WorkflowEngineTests
{
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2026, 9, 2)], [], 2026, 2026);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static (Dossier Dossier, Guid Unit) NewDossier()
    {
        var unit = Build.Organisation("SCT");
        var award = Build.Award();
        var movement = Build.Movement(unit, award);
        var dossier = Dossier.Create(movement, movement.Phases[0].Id, unit, award, Build.Workflow(), CommendationType.Movement, Build.Now, "clerk", "HS-2026-000001");
        dossier.AddNominee(1, NomineeKind.Individual, "Nguyễn Văn A", null, null, Build.Now);
        return (dossier, unit.Id);
    }

    private static Actor As(Guid organisation, params string[] roles) => new("u-" + roles[0], "Người dùng", organisation, roles.ToHashSet());

    private static GuardFacts Facts(int nominees = 1, DeadlineStatus deadline = DeadlineStatus.Open, bool criteria = false) =>
        new(nominees, [], new HashSet<string>(), new Dictionary<string, (DeadlineStatus, DateOnly?)>
        {
            ["dossier-submission"] = (deadline, new DateOnly(2025, 12, 15)),
        }, criteria, false);

    private static JournalEntry Act(Dossier dossier, Actor actor, string action, GuardFacts? facts = null, string? comment = null, DateOnly? today = null)
    {
        var definition = Build.Workflow();
        var decision = WorkflowEngine.Decide(definition, dossier.State, dossier.ProposingOrganisationId, actor, action, comment, facts ?? Facts());
        return dossier.Apply(definition, decision, actor, comment, Guid.NewGuid(), dossier.Revision, Build.Now, today ?? Today, Calendar);
    }

    [Fact]
    public void The_unit_leader_submits_and_the_journal_records_who_what_and_when()
    {
        var (dossier, unit) = NewDossier();
        var entry = Act(dossier, As(unit, Roles.UnitLeader), "submit");

        Assert.Equal(("submitted", false), (dossier.State, dossier.IsEditable));
        Assert.Equal(("drafting", "submitted", "unit-leader", 3), (entry.FromState, entry.ToState, entry.Role, entry.Revision));
        Assert.Equal(Build.Now, dossier.SubmittedAt);
        Assert.Single(dossier.Journal);
    }

    [Fact]
    public void A_leader_of_another_unit_cannot_submit()
    {
        var (dossier, _) = NewDossier();
        var error = Assert.Throws<DomainException>(() => Act(dossier, As(Guid.NewGuid(), Roles.UnitLeader), "submit"));
        Assert.Equal("transition-role", error.Code);
        Assert.Equal("drafting", dossier.State);
    }

    [Fact]
    public void A_clerk_has_no_submit_role()
    {
        var (dossier, unit) = NewDossier();
        Assert.Equal("transition-role", Assert.Throws<DomainException>(() => Act(dossier, As(unit, Roles.UnitClerk), "submit")).Code);
    }

    [Fact]
    public void An_action_from_the_wrong_state_is_refused_with_the_state_named()
    {
        var (dossier, unit) = NewDossier();
        var error = Assert.Throws<DomainException>(() => Act(dossier, As(unit, Roles.HomeAffairsClerk), "receive"));
        Assert.Equal("transition-not-allowed", error.Code);
        Assert.Contains("Đơn vị lập hồ sơ", error.Message);   // the current state's title, from the workflow file
    }

    [Fact]
    public void Submitting_without_nominees_is_refused()
    {
        var (dossier, unit) = NewDossier();
        var error = Assert.Throws<GuardFailedException>(() => Act(dossier, As(unit, Roles.UnitLeader), "submit", Facts(nominees: 0)));
        Assert.Equal("transition-guard", error.Code);
        Assert.Equal([Vocabulary.HasNominees], error.Guards);
    }

    [Fact]
    public void After_the_deadline_the_refuse_policy_blocks_and_the_accept_policy_marks_late()
    {
        var (refused, unit) = NewDossier();
        var late = Assert.Throws<GuardFailedException>(() => Act(refused, As(unit, Roles.UnitLeader), "submit", Facts(deadline: DeadlineStatus.LateRefused)));
        Assert.Equal([Vocabulary.DeadlineOpen], late.Guards);

        var (accepted, unit2) = NewDossier();
        Act(accepted, As(unit2, Roles.UnitLeader), "submit", Facts(deadline: DeadlineStatus.LateAccepted));
        Assert.True(accepted.SubmittedLate);
    }

    [Fact]
    public void A_return_needs_a_reason_and_makes_the_dossier_editable_again()
    {
        var (dossier, unit) = NewDossier();
        Act(dossier, As(unit, Roles.UnitLeader), "submit");
        var reviewer = As(Guid.NewGuid(), Roles.HomeAffairsReviewer);
        Assert.Equal("transition-comment-required", Assert.Throws<DomainException>(() => Act(dossier, reviewer, "return")).Code);

        Act(dossier, reviewer, "return", comment: "Thiếu biên bản họp Hội đồng");
        Assert.Equal(("returned", true), (dossier.State, dossier.IsEditable));
        Assert.Equal("Thiếu biên bản họp Hội đồng", dossier.Journal[^1].Comment);
    }

    [Fact]
    public void The_clock_pauses_while_returned_and_resumes_where_it_stopped()
    {
        var (dossier, unit) = NewDossier();
        var leader = As(unit, Roles.UnitLeader);
        var clerk = As(Guid.NewGuid(), Roles.HomeAffairsClerk);
        var reviewer = As(Guid.NewGuid(), Roles.HomeAffairsReviewer);
        Act(dossier, leader, "submit", today: new DateOnly(2026, 11, 2));
        Act(dossier, clerk, "receive", today: new DateOnly(2026, 11, 2));           // Monday: clock starts, 25 days
        Act(dossier, reviewer, "return", comment: "Bổ sung", today: new DateOnly(2026, 11, 6)); // Friday: 4 days used
        Assert.Equal(4, dossier.Clock.Used(new DateOnly(2026, 11, 20), Calendar));  // paused: the unit's time does not count

        Act(dossier, leader, "submit", today: new DateOnly(2026, 11, 20));
        Act(dossier, clerk, "receive", today: new DateOnly(2026, 11, 20));          // Friday: resumes
        Assert.Equal(4 + 1, dossier.Clock.Used(new DateOnly(2026, 11, 23), Calendar)); // + Monday 23/11
        Assert.Equal(25 - 5, dossier.Clock.DaysLeft(new DateOnly(2026, 11, 23), Calendar));
    }

    [Fact]
    public void A_stale_revision_is_refused_and_changes_nothing()
    {
        var (dossier, unit) = NewDossier();
        var definition = Build.Workflow();
        var leader = As(unit, Roles.UnitLeader);
        var decision = WorkflowEngine.Decide(definition, dossier.State, unit, leader, "submit", null, Facts());
        Assert.Throws<ConcurrencyConflictException>(() =>
            dossier.Apply(definition, decision, leader, null, Guid.NewGuid(), dossier.Revision - 1, Build.Now, Today, Calendar));
        Assert.Equal("drafting", dossier.State);
        Assert.Empty(dossier.Journal);
    }

    [Fact]
    public void A_repeated_operation_id_is_found_in_the_journal()
    {
        var (dossier, unit) = NewDossier();
        var entry = Act(dossier, As(unit, Roles.UnitLeader), "submit");
        Assert.Same(entry, dossier.AlreadyDone(entry.OperationId));
        Assert.Null(dossier.AlreadyDone(Guid.NewGuid()));
    }

    [Fact]
    public void Available_actions_follow_role_and_scope()
    {
        var (dossier, unit) = NewDossier();
        var definition = Build.Workflow();
        Assert.Equal(["submit"], WorkflowEngine.Available(definition, dossier.State, unit, As(unit, Roles.UnitLeader)).Select(a => a.Transition.Action));
        Assert.Empty(WorkflowEngine.Available(definition, dossier.State, unit, As(Guid.NewGuid(), Roles.UnitLeader)));
    }
}
