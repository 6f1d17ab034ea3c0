using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Domain.Tests;

public class DossierTests
{
    private static Dossier NewDossier()
    {
        var unit = Build.Organisation("SCT");
        var award = Build.Award();
        var movement = Build.Movement(unit, award);
        return Dossier.Create(movement, movement.Phases[0].Id, unit, award, Build.Workflow(), CommendationType.Movement, Build.Now, "clerk", "HS-2026-000001");
    }

    [Fact]
    public void A_new_dossier_starts_drafting_at_revision_one()
    {
        var dossier = NewDossier();
        Assert.Equal("drafting", dossier.State);
        Assert.True(dossier.IsEditable);
        Assert.Equal(1, dossier.Revision);
        Assert.Equal("bang-khen-chu-tich-tinh", dossier.WorkflowId);
    }

    [Fact]
    public void An_organisation_outside_the_movement_cannot_propose()
    {
        var unit = Build.Organisation("SCT");
        var outsider = Build.Organisation("OTHER");
        var award = Build.Award();
        var movement = Build.Movement(unit, award);
        var error = Assert.Throws<DomainException>(() =>
            Dossier.Create(movement, movement.Phases[0].Id, outsider, award, Build.Workflow(), CommendationType.Movement, Build.Now, "clerk", "HS-2026-000001"));
        Assert.Equal("dossier-not-participant", error.Code);
    }

    [Fact]
    public void An_award_the_movement_does_not_offer_is_refused()
    {
        var unit = Build.Organisation("SCT");
        var movement = Build.Movement(unit, Build.Award());
        var error = Assert.Throws<DomainException>(() =>
            Dossier.Create(movement, movement.Phases[0].Id, unit, Build.Award(), Build.Workflow(), CommendationType.Movement, Build.Now, "clerk", "HS-2026-000001"));
        Assert.Equal("dossier-award-not-offered", error.Code);
    }

    [Fact]
    public void Each_change_raises_the_revision_and_a_stale_revision_is_refused()
    {
        var dossier = NewDossier();
        dossier.AddNominee(1, NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", "Chuyên viên", "Sở Công Thương", Build.Now);
        Assert.Equal(2, dossier.Revision);

        Assert.Throws<ConcurrencyConflictException>(() =>
            dossier.AddNominee(1, NomineeKind.Collective, "Phòng Kế hoạch", null, null, Build.Now));
        Assert.Single(dossier.Nominees);
        Assert.Equal(2, dossier.Revision);
    }

    [Fact]
    public void A_nominee_needs_a_name()
    {
        var dossier = NewDossier();
        var error = Assert.Throws<DomainException>(() =>
            dossier.AddNominee(1, NomineeKind.Individual, "   ", null, null, Build.Now));
        Assert.Equal("nominee-name-required", error.Code);
        Assert.Equal(1, dossier.Revision);
    }

    [Fact]
    public void A_second_upload_of_a_kind_adds_a_version_and_keeps_the_first()
    {
        var dossier = NewDossier();
        dossier.AttachDocument(1, "to-trinh", "to-trinh.pdf", "application/pdf", DocumentContent.From([1, 2, 3]), Build.Now, "clerk");
        dossier.AttachDocument(2, "to-trinh", "to-trinh-ky.pdf", "application/pdf", DocumentContent.From([4, 5]), Build.Now, "clerk");

        Assert.Equal(2, dossier.Documents.Count);
        var current = Assert.Single(dossier.CurrentDocuments);
        Assert.Equal(2, current.Version);
        Assert.Equal("to-trinh-ky.pdf", current.FileName);
    }

    [Fact]
    public void Missing_documents_are_those_the_award_requires_without_a_signed_version_per_nominee_for_per_nominee_forms()
    {
        var dossier = NewDossier();
        var first = dossier.AddNominee(1, NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", null, null, Build.Now);
        dossier.AddNominee(2, NomineeKind.Individual, "Lê Văn Bình", null, null, Build.Now);
        dossier.AttachDocument(3, "to-trinh", "tt.pdf", "application/pdf", DocumentContent.From([1]), Build.Now, "clerk");
        dossier.AttachDocument(4, "bien-ban-hoi-dong", "bb.docx", "application/pdf", DocumentContent.From([2]), Build.Now, "clerk", DocumentOrigin.Draft);
        dossier.AttachDocument(5, DossierChecklist.KindFor("bao-cao-thanh-tich-mau-07", first), "bc.pdf", "application/pdf", DocumentContent.From([3]), Build.Now, "clerk");
        var perNominee = new HashSet<string> { "bao-cao-thanh-tich-mau-07" };

        var checklist = DossierChecklist.For(dossier, Build.Award().RequiredDocuments, perNominee);

        Assert.Equal(["to-trinh"], DossierChecklist.CompleteForms(checklist));
        Assert.Equal([true, false, true, false], checklist.Select(i => i.Done));
        Assert.Equal("Lê Văn Bình", checklist[3].Nominee!.Name);
        Assert.NotNull(checklist[1].Unsigned); // the draft is shown, but does not count
    }

    [Fact]
    public void A_file_name_with_a_path_is_refused()
    {
        var dossier = NewDossier();
        Assert.Throws<DomainException>(() => dossier.AttachDocument(1, "evidence", "../../etc/passwd",
            "application/pdf", DocumentContent.From([1]), Build.Now, "clerk"));
        Assert.Empty(dossier.Documents);
    }

    [Fact]
    public void Content_is_named_by_its_sha256()
    {
        var content = DocumentContent.From("abc"u8.ToArray());
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", content.Sha256);
    }

    [Fact]
    public void The_council_the_Chairman_and_the_central_level_record_only_while_their_holder_holds_the_dossier()
    {
        var dossier = NewDossier();
        var nominee = dossier.AddNominee(1, NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", "Chuyên viên", "Sở Công Thương", Build.Now);
        var workflow = Build.Workflow();

        // Drafting is held by the proposing unit: the dossier itself refuses, without being told by its caller.
        Assert.Equal("council-not-holding", Assert.Throws<DomainException>(() =>
            dossier.RecordCouncilVote(workflow, dossier.Revision, nominee.Id, true, 100, "đạt", Build.Now)).Code);
        Assert.Equal("chairman-not-holding", Assert.Throws<DomainException>(() =>
            dossier.RecordChairmanDecision(workflow, dossier.Revision, [nominee.Id], Build.Now)).Code);
        Assert.Equal("central-not-holding", Assert.Throws<DomainException>(() =>
            dossier.RecordCentralDecision(workflow, dossier.Revision, "1/QĐ-TTg", new DateOnly(2026, 1, 1), [nominee.Id], new DateOnly(2026, 2, 1), Build.Now)).Code);
        // Judged against the version the dossier is pinned to, never another one.
        Assert.Throws<InvalidOperationException>(() => dossier.RecordChairmanDecision(Build.Workflow(version: 2), dossier.Revision, [nominee.Id], Build.Now));
        Assert.Equal(2, dossier.Revision);
    }

    [Fact]
    public void A_state_is_held_by_its_holder_until_it_is_final()
    {
        Assert.True(new StateDefinition("chairman", "Chờ Chủ tịch", Vocabulary.Holder.Chairman, false, null).IsHeldBy(Vocabulary.Holder.Chairman));
        Assert.False(new StateDefinition("chairman", "Chờ Chủ tịch", Vocabulary.Holder.Chairman, false, null).IsHeldBy(Vocabulary.Holder.Council));
        Assert.False(new StateDefinition("closed", "Đã đóng", Vocabulary.Holder.Chairman, true, null).IsHeldBy(Vocabulary.Holder.Chairman));
    }
}
