using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Dossiers;

/// <param name="Revision">The dossier revision the user saw.</param>
/// <param name="OperationId">Chosen by the client once per intended action; a retry with the same id does not act twice.</param>
/// <param name="CriteriaConfirmed">The reviewer confirms the criteria were checked (until the rules engine checks them).</param>
public sealed record DossierActionInput(string Action, int Revision, Guid OperationId, string? Comment, bool CriteriaConfirmed = false);

public sealed record DossierActionResult(string State, string StateTitle, int Revision, bool Repeated);

/// <summary>
/// Takes a workflow action on a dossier: the engine checks state, role, scope and guards; the dossier changes
/// state, appends to its journal, and any notification mail enters the outbox — all in one SaveChanges.
/// </summary>
public sealed class TakeDossierAction(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock,
    IOptions<MailOptions> mail)
{
    public async Task<DossierActionResult> HandleAsync(Actor actor, Guid dossierId, DossierActionInput input, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).Include(d => d.Journal)
            .FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        actor.RequireVisible(dossier.ProposingOrganisationId);
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        if (dossier.AlreadyDone(input.OperationId) is { } done)
            return new DossierActionResult(done.ToState, definition.State(done.ToState).Title, done.Revision, Repeated: true);
        dossier.ExpectRevision(input.Revision); // what the user saw is outdated: say so before judging the action

        var movement = await db.Movements.Include(m => m.Deadlines).Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var award = await db.AwardTypes.FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var phaseYear = movement.Phases.First(p => p.Id == dossier.PhaseId).Year;
        var facts = new GuardFacts(dossier.Nominees.Count, award.RequiredDocuments,
            dossier.Documents.Select(d => d.Kind).ToHashSet(), DeadlineStatuses.For(movement, phaseYear, today),
            input.CriteriaConfirmed, CouncilVotesRecorded: false);

        var decision = WorkflowEngine.Decide(definition, dossier.State, dossier.ProposingOrganisationId, actor, input.Action, input.Comment, facts);
        var from = dossier.State;
        var entry = dossier.Apply(definition, decision, actor, input.Comment, input.OperationId, input.Revision, now, today, calendar);
        await EnqueueNotificationsAsync(dossier, definition, decision.Transition, entry, from, movement.Title, award.Name, now, ct);
        await db.SaveChangesAsync(ct);
        return new DossierActionResult(dossier.State, definition.State(dossier.State).Title, dossier.Revision, Repeated: false);
    }

    private async Task EnqueueNotificationsAsync(Dossier dossier, WorkflowDefinition definition, TransitionDefinition transition,
        JournalEntry entry, string from, string movementTitle, string awardName, DateTime now, CancellationToken ct)
    {
        foreach (var target in transition.Notify)
        {
            var organisation = target == "proposing-unit"
                ? await db.Organisations.FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct)
                : await db.Organisations.FirstOrDefaultAsync(o => o.ShortCode == "SNV" && o.ValidTo == null, ct);
            if (organisation is null || organisation.ContactEmails.Count == 0) continue;
            var proposer = target == "proposing-unit" ? organisation.Name
                : (await db.Organisations.FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct)).Name;
            var (subject, body) = WorkflowNotificationMail.Render("Hồ sơ", proposer, awardName, movementTitle, entry,
                definition.State(from).Title, definition.State(entry.ToState).Title,
                $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/Dossiers/Details/{dossier.Id}");
            db.Outbox.Add(new OutboxMessage($"dossier:{dossier.Id}:{entry.OperationId}:{target}", organisation.ContactEmails, subject, body, now));
        }
    }
}
