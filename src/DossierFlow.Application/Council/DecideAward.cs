using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

/// <param name="Approved">The nominees the Chairman awards, among those the council recommended; none means refusal.</param>
public sealed record ChairmanDecisionInput(int Revision, Guid OperationId, IReadOnlyList<Guid> Approved, string? Reason);

public sealed record ChairmanDecisionResult(WorkflowActionResult Workflow, Guid? DecisionDocumentId);

/// <summary>
/// The Chairman decides on a dossier the council sent up: approves all or some of the recommended nominees, or
/// refuses with a reason. Approval of a provincial award moves the dossier to awarded and generates the numbered
/// Quyết định khen thưởng with its list and amounts; for a national award the Chairman's approval sends the
/// proposal upward (sign-proposal) and generates the province's numbered Tờ trình to the central level. The unit
/// is mailed through the outbox.
/// </summary>
public sealed class DecideAward(IAppDb db, WorkflowCatalog workflows, WorkflowAction action, DossierForms forms, TimeProvider clock)
{
    public const string DecisionForm = "quyet-dinh-khen-thuong";
    public const string UpwardForm = "to-trinh-trung-uong";

    public async Task<ChairmanDecisionResult> HandleAsync(Actor actor, Guid dossierId, ChairmanDecisionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman);
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).Include(d => d.Journal)
            .FirstOrDefaultAsync(d => d.Id == dossierId, ct) ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        if (input.Approved.Count == 0 && string.IsNullOrWhiteSpace(input.Reason))
            throw new DomainException("chairman-reason", "Vui lòng nêu lý do khi không khen thưởng.");
        dossier.RecordChairmanDecision(definition, input.Revision, input.Approved, clock.GetUtcNow().UtcDateTime);

        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var movement = await db.Movements.AsNoTracking().FirstAsync(m => m.Id == dossier.MovementId, ct);
        var proposer = await db.Organisations.AsNoTracking().Where(o => o.Id == dossier.ProposingOrganisationId).Select(o => o.Name).FirstAsync(ct);
        var approve = input.Approved.Count == 0 ? Vocabulary.DedicatedAction.Decline
            : definition.Find(Vocabulary.DedicatedAction.Decide, dossier.State) is not null ? Vocabulary.DedicatedAction.Decide : Vocabulary.DedicatedAction.SignProposal;
        var notAwarded = dossier.Nominees.Where(n => n.ChairmanApproved == false).Select(n => n.Name).ToList();
        var comment = approve == Vocabulary.DedicatedAction.Decline ? input.Reason
            : notAwarded.Count > 0 ? $"Không khen thưởng: {string.Join(", ", notAwarded)}. {input.Reason}".Trim() : input.Reason;
        var result = await action.TakeAsync(actor, dossier, new WorkflowActionInput(approve, dossier.Revision, input.OperationId, comment),
            () => DossierSubject.Facts(dossier, award), DossierSubject.Describe(dossier, proposer, award, movement.Title), ct);
        await db.SaveChangesAsync(ct);
        if (approve == Vocabulary.DedicatedAction.Decline) return new ChairmanDecisionResult(result, null);

        // A provincial award gets the decision; a national one the province's Tờ trình upward. Either is signed in
        // the Chairman's name unless the form already names a signer.
        var form = approve == Vocabulary.DedicatedAction.Decide ? DecisionForm : UpwardForm;
        var page = await forms.GetAsync(actor, dossierId, form, null, ct);
        if (string.IsNullOrWhiteSpace(page.Model.Value("signer-name")))
            await forms.SaveAsync(actor, dossierId, form, null,
                new FormValues(new Dictionary<string, string> { ["signer-name"] = actor.DisplayName }, []), ct);
        var document = await forms.GenerateAsync(actor, dossierId, form, null, assignNumber: true, dossier.Revision, ct);
        return new ChairmanDecisionResult(result, document);
    }
}
