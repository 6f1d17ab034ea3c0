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
/// proposal upward (sign-proposal) and generates the province's numbered Tờ trình to the central level (the form
/// whose issued-at names the action). The unit is mailed through the outbox. The decision, its document and number,
/// the state, the journal and the mail are one unit of work: when the document cannot be generated nothing changes
/// and the Chairman can try again.
/// </summary>
public sealed class DecideAward(IAppDb db, WorkflowCatalog workflows, FormCatalog formCatalog, WorkflowAction action, DossierForms forms, TimeProvider clock, DossierNotices notices) : IUseCase
{
    public async Task<ChairmanDecisionResult> HandleAsync(Actor actor, Guid dossierId, ChairmanDecisionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman);
        var context = await DossierContext.LoadAsync(db, dossierId, input.OperationId, ct);
        var dossier = context.Dossier;
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        // A dossier whose session decision is approved and waits for its number is decided by that decision alone.
        if (await (from d in db.SessionDecisions
                   where d.Status == Domain.Council.SessionDecisionStatus.AwaitingNumber && d.AwardTypeId == dossier.AwardTypeId
                   join s in db.CouncilSessions on d.SessionId equals s.Id
                   where s.Items.Any(i => i.DossierId == dossierId)
                   select d.Id).AnyAsync(ct))
            throw new DomainException("decision-pending", "Hồ sơ thuộc Quyết định của phiên họp đã được phê duyệt, đang chờ Văn phòng UBND tỉnh cấp số; không quyết định riêng hồ sơ này.");
        if (input.Approved.Count == 0 && string.IsNullOrWhiteSpace(input.Reason))
            throw new DomainException("chairman-reason", "Vui lòng nêu lý do khi không khen thưởng.");
        dossier.RecordChairmanDecision(definition, input.Revision, input.Approved, clock.GetUtcNow().UtcDateTime);

        var approve = input.Approved.Count > 0 ? (definition.Find(Vocabulary.DedicatedAction.Decide, dossier.State) is not null
            ? Vocabulary.DedicatedAction.Decide : Vocabulary.DedicatedAction.SignProposal) : Vocabulary.DedicatedAction.Decline;

        // The document is issued at this step, before the action moves the dossier on: a provincial award gets the
        // decision, a national one the province's Tờ trình upward, signed in the Chairman's name unless the form
        // already names a signer. A form that cannot be generated throws, and the unit of work keeps nothing.
        Guid? document = null;
        if (approve != Vocabulary.DedicatedAction.Decline)
        {
            var form = formCatalog.All.FirstOrDefault(f => f.IssuedAt.Contains(approve))
                ?? throw new DomainException("form-issued-missing", $"Chưa có biểu mẫu nào được ban hành khi \"{definition.Find(approve, dossier.State)!.Title}\" (issued-at: [{approve}]).");
            var page = await forms.GetAsync(actor, dossierId, form.Code, null, ct);
            if (string.IsNullOrWhiteSpace(page.Model.Value("signer-name")))
            {
                // Only the signer is added: what Sở Nội vụ entered in the draft stays.
                var entered = await db.FormData.Where(f => f.DossierId == dossierId && f.FormCode == form.Code && f.NomineeId == null)
                    .Select(f => f.ValuesJson).FirstOrDefaultAsync(ct) is { } json ? FormValues.FromJson(json) : FormValues.Empty;
                entered.Values["signer-name"] = actor.DisplayName;
                await forms.SaveAsync(actor, dossierId, form.Code, null, entered, ct);
            }
            document = await forms.GenerateAsync(actor, dossierId, form.Code, null, assignNumber: true, dossier.Revision, ct);
        }

        var notAwarded = dossier.Nominees.Where(n => n.ChairmanApproved == false).Select(n => n.Name).ToList();
        var comment = approve == Vocabulary.DedicatedAction.Decline ? input.Reason
            : notAwarded.Count > 0 ? $"Không khen thưởng: {string.Join(", ", notAwarded)}. {input.Reason}".Trim() : input.Reason;
        var result = await action.TakeAsync(actor, dossier, new WorkflowActionInput(approve, dossier.Revision, input.OperationId, comment),
            () => context.Facts(formCatalog.PerNominee), context.Description, ct, notices.For(actor, context));
        return new ChairmanDecisionResult(result, document);
    }
}
