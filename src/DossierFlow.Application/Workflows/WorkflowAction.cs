using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Workflows;

/// <param name="Revision">The revision the user saw.</param>
/// <param name="OperationId">Chosen by the client once per intended action; a retry with the same id does not act twice.</param>
/// <param name="CriteriaConfirmed">The reviewer confirms the criteria were checked (until the rules engine checks them).</param>
public sealed record WorkflowActionInput(string Action, int Revision, Guid OperationId, string? Comment, bool CriteriaConfirmed = false);

public sealed record WorkflowActionResult(string State, string StateTitle, int Revision, bool Repeated);

/// <summary>What a notification mail says about the subject, and where its page is.</summary>
/// <param name="Key">The subject's type in mail idempotency keys ("dossier", "report").</param>
/// <param name="Owner">The unit that owns the subject: named in every mail, mailed when it is notified.</param>
/// <param name="Name">The name that tells the subject apart in a mail (a dossier's code, "HS-2026-000123"), if it has one.</param>
public sealed record SubjectDescription(string Key, string Kind, Organisation Owner, string Purpose, string MovementTitle, string Path, string? Name = null);

/// <summary>
/// What an action adds to the mail its unit receives: lines (the awarded nominees) and the document it issued (the
/// receipt, the decision), attached.
/// </summary>
public sealed record NoticeExtras(IReadOnlyList<string> Lines, string? AttachmentName = null, string? AttachmentContentType = null,
    byte[]? AttachmentContent = null)
{
    public static readonly NoticeExtras None = new([]);
}

/// <summary>
/// The part of taking an action that every subject shares: a repeated operation returns what it did, a stale
/// revision is refused (once, by the subject), the engine decides, the subject moves and journals, and notifications enter the outbox.
/// The caller saves once, so state, journal and mail commit together. <c>issue</c> runs once the subject has
/// moved (its clock set) and before the mail is written: it issues what the step issues (the receipt) and says
/// what the unit's mail adds.
/// </summary>
public sealed class WorkflowAction(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock, IOptions<MailOptions> mail)
{
    public async Task<WorkflowActionResult> TakeAsync(Actor actor, WorkflowSubject subject, WorkflowActionInput input,
        Func<GuardFacts> facts, SubjectDescription description, CancellationToken ct,
        Func<JournalEntry, CancellationToken, Task<NoticeExtras>>? issue = null)
    {
        var definition = workflows.Get(subject.WorkflowId, subject.WorkflowVersion);
        if (subject.AlreadyDone(input.OperationId) is { } done)
            return new WorkflowActionResult(done.ToState, definition.State(done.ToState).Title, done.Revision, Repeated: true);

        // The subject checks the revision the user saw before the engine judges the action: an outdated page is told so.
        TransitionDecision? decision = null;
        var from = subject.State;
        var entry = subject.Apply(definition,
            () => decision = WorkflowEngine.Decide(definition, subject.State, subject.OwnerOrganisationId, actor, input.Action, input.Comment, facts()),
            actor, input.Comment, input.OperationId, input.Revision, clock.GetUtcNow().UtcDateTime, VietnameseFormat.Today(clock), calendar);
        var extras = issue is null ? NoticeExtras.None : await issue(entry, ct);
        foreach (var target in decision!.Transition.Notify)
            await EnqueueAsync(subject, definition, entry, from, target, description,
                target == Vocabulary.Holder.ProposingUnit ? extras : NoticeExtras.None, ct);
        return new WorkflowActionResult(subject.State, definition.State(subject.State).Title, subject.Revision, Repeated: false);
    }

    public DateOnly Today => VietnameseFormat.Today(clock);

    /// <summary>The version of its workflow the subject is pinned to.</summary>
    public WorkflowDefinition DefinitionOf(WorkflowSubject subject) => workflows.Get(subject.WorkflowId, subject.WorkflowVersion);

    /// <summary>The day a subject's deadline is judged on: its first submission if it had one, else today.</summary>
    public DateOnly DeadlineDay(WorkflowSubject subject) =>
        subject.SubmittedAt is { } submitted ? DateOnly.FromDateTime(VietnameseFormat.Local(submitted)) : Today;

    private async Task EnqueueAsync(WorkflowSubject subject, WorkflowDefinition definition, JournalEntry entry, string from,
        string target, SubjectDescription description, NoticeExtras extras, CancellationToken ct)
    {
        // In digest mode Sở Nội vụ hears of dossiers once an hour (SendSubmissionDigest), not one mail each.
        if (target == Vocabulary.Holder.HomeAffairs && description.Key == "dossier"
            && mail.Value.SubmissionNotices == SubmissionNoticeMode.HourlyDigest) return;
        var (recipientName, addresses) = target == Vocabulary.Holder.ProposingUnit
            ? (description.Owner.Name, description.Owner.ContactEmails)
            : await HomeAffairsAsync(ct);
        if (addresses.Count == 0) return;
        var (subjectLine, body) = WorkflowNotificationMail.Render(recipientName, description, entry, definition.State(from).Title,
            definition.State(entry.ToState).Title, $"{mail.Value.PublicBaseUrl.TrimEnd('/')}{description.Path}", extras.Lines);
        var message = db.Outbox.Add(new OutboxMessage($"{description.Key}:{subject.Id}:{entry.OperationId}:{target}", addresses,
            subjectLine, body, entry.At)).Entity;
        if (extras is { AttachmentName: { } name, AttachmentContentType: { } type, AttachmentContent: { } content })
            message.WithAttachment(name, type, content);
    }

    /// <summary>Sở Nội vụ's reception address when one is configured, else its organisation's contact addresses.</summary>
    private async Task<(string Name, IReadOnlyList<string> Addresses)> HomeAffairsAsync(CancellationToken ct)
    {
        var code = mail.Value.HomeAffairsOrganisationCode;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        var name = organisation?.Name ?? Vocabulary.Holders[Vocabulary.Holder.HomeAffairs];
        return mail.Value.ReceptionAddresses.Count > 0 ? (name, mail.Value.ReceptionAddresses)
            : (name, organisation?.ContactEmails.ToList() ?? []);
    }
}
