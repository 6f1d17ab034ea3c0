using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Domain.Workflows;

/// <summary>
/// What every subject of a workflow shares (a dossier, a yearly movement report): the definition version it is
/// pinned to, its state and revision, its processing clock and its append-only journal.
/// </summary>
public abstract class WorkflowSubject
{
    private readonly List<JournalEntry> _journal = [];
    private readonly List<DossierDocument> _documents = [];

    protected WorkflowSubject() { WorkflowId = State = ""; }

    public Guid Id { get; protected set; }
    public string WorkflowId { get; protected set; }
    public int WorkflowVersion { get; protected set; }
    public string State { get; protected set; }
    /// <summary>True while the proposing unit holds the subject (drafting, returned): the only time it may be edited.</summary>
    public bool HeldByProposer { get; protected set; }
    public int Revision { get; protected set; }
    public DateTime UpdatedAt { get; protected set; }
    public DateTime? SubmittedAt { get; protected set; }
    public bool SubmittedLate { get; protected set; }
    public ProcessingClock Clock { get; private set; } = new();
    public IReadOnlyList<JournalEntry> Journal => _journal;
    public IReadOnlyList<DossierDocument> Documents => _documents;

    /// <summary>The latest version of each kind of document.</summary>
    public IEnumerable<DossierDocument> CurrentDocuments =>
        _documents.GroupBy(d => d.Kind).Select(g => g.MaxBy(d => d.Version)!);

    public abstract Guid OwnerOrganisationId { get; }

    protected void StartOn(WorkflowDefinition definition, DateTime now)
    {
        WorkflowId = definition.Id;
        WorkflowVersion = definition.Version;
        State = definition.Initial;
        HeldByProposer = definition.State(definition.Initial).IsHeldBy(Vocabulary.Holder.ProposingUnit);
        Revision = 1;
        UpdatedAt = now;
    }

    /// <summary>The journal entry of an operation already carried out, if the client repeats it.</summary>
    public JournalEntry? AlreadyDone(Guid operationId) => _journal.FirstOrDefault(e => e.OperationId == operationId);

    /// <summary>Applies a transition the engine allowed. The caller saves state and journal in one transaction.</summary>
    public JournalEntry Apply(WorkflowDefinition definition, TransitionDecision decision, Actor actor, string? comment,
        Guid operationId, int seenRevision, DateTime now, DateOnly today, WorkingCalendar calendar) =>
        Apply(definition, () => decision, actor, comment, operationId, seenRevision, now, today, calendar);

    /// <summary>
    /// Applies the transition the engine decides, asked only once the revision the user saw is known to be current,
    /// so that an outdated page is told to reload rather than judged on a state the user did not see.
    /// </summary>
    public JournalEntry Apply(WorkflowDefinition definition, Func<TransitionDecision> decide, Actor actor, string? comment,
        Guid operationId, int seenRevision, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        ExpectPinnedTo(definition);
        ExpectRevision(seenRevision);
        var decision = decide();
        var transition = decision.Transition;
        var target = definition.State(transition.To);
        var from = State;
        State = target.Name;
        HeldByProposer = target.IsHeldBy(Vocabulary.Holder.ProposingUnit);
        Clock.Apply(transition.Clock, target.SlaWorkingDays, today, calendar);
        if (from != State && IsFirstSubmission(definition, from, target))
        {
            SubmittedAt = now;
            SubmittedLate = decision.Late;
        }
        Touch(now);
        var entry = new JournalEntry(operationId, now, actor.UserId, actor.DisplayName, decision.Role, actor.OrganisationId,
            transition.Action, transition.Title, from, State, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Revision, DocumentSnapshot());
        _journal.Add(entry);
        return entry;
    }

    /// <summary>Moves a subject to another version of its workflow (an audited operator action).</summary>
    public JournalEntry MigrateTo(WorkflowDefinition target, string newState, string operatorName, DateTime now)
    {
        var from = $"{State}";
        var note = $"Chuyển từ phiên bản {WorkflowVersion} sang phiên bản {target.Version} của quy trình {target.Id}.";
        WorkflowVersion = target.Version;
        State = target.State(newState).Name;
        HeldByProposer = target.State(newState).IsHeldBy(Vocabulary.Holder.ProposingUnit);
        Touch(now);
        var entry = new JournalEntry(Guid.NewGuid(), now, "system", operatorName, Vocabulary.SystemRole, Guid.Empty,
            "migrate-workflow", "Chuyển phiên bản quy trình", from, State, note, Revision, DocumentSnapshot());
        _journal.Add(entry);
        return entry;
    }

    /// <summary>
    /// Journals a decision that is not a transition (the reviewer's override of the criteria' verdict): the state
    /// stays, the revision moves on, so a page showing the earlier verdict is told to reload.
    /// </summary>
    public JournalEntry Note(Actor actor, string role, string action, string actionTitle, string comment, Guid operationId,
        int seenRevision, DateTime now)
    {
        ExpectRevision(seenRevision);
        Touch(now);
        var entry = new JournalEntry(operationId, now, actor.UserId, actor.DisplayName, role, actor.OrganisationId,
            action, actionTitle, State, State, comment, Revision, DocumentSnapshot());
        _journal.Add(entry);
        return entry;
    }

    /// <summary>
    /// Refuses a change reserved to a holder (the council's votes, the Chairman's decision) unless the subject, in
    /// the version of the workflow it is pinned to, is in a state that holder holds.
    /// </summary>
    protected void ExpectHeldBy(WorkflowDefinition definition, string holder, string code, string message)
    {
        ExpectPinnedTo(definition);
        if (!definition.State(State).IsHeldBy(holder)) throw new DomainException(code, message);
    }

    private void ExpectPinnedTo(WorkflowDefinition definition)
    {
        if (definition.Id != WorkflowId || definition.Version != WorkflowVersion)
            throw new InvalidOperationException($"Subject is on {WorkflowId} v{WorkflowVersion}, not {definition.Id} v{definition.Version}.");
    }

    public void ExpectRevision(int seenRevision)
    {
        if (seenRevision != Revision)
            throw new ConcurrencyConflictException(
                "Hồ sơ đã được người khác cập nhật sau khi bạn mở. Vui lòng tải lại trang và thực hiện lại.");
    }

    /// <summary>Adds the next version of a kind of document; earlier versions are kept.</summary>
    /// <param name="origin">An upload is the signed scan; a generated document is unsigned until its unit marks the numbered version signed.</param>
    public DossierDocument AttachDocument(int seenRevision, string kind, string fileName, string contentType,
        DocumentContent content, DateTime now, string uploadedBy, DocumentOrigin origin = DocumentOrigin.SignedScan)
    {
        var validKind = TextLimits.Check(Guard.Required(kind, "document-kind-required", "Loại tài liệu là bắt buộc."),
            TextLimits.Slug, "document-kind-too-long", "Loại tài liệu");
        var validName = TextLimits.Check(Guard.Required(fileName, "document-name-required", "Tên tệp là bắt buộc."),
            TextLimits.FileName, "document-name-too-long", "Tên tệp");
        if (validName.IndexOfAny(['/', '\\']) >= 0 || validName.Contains(".."))
            throw new DomainException("document-name-invalid", "Tên tệp không được chứa đường dẫn.");
        BeginChange(seenRevision, now);
        return AddVersion(validKind, validName, contentType, content, now, uploadedBy, origin == DocumentOrigin.SignedScan, origin == DocumentOrigin.Numbered);
    }

    /// <summary>
    /// The unit states that the paper of a numbered document it generated was signed: that version then completes
    /// the dossier as an uploaded scan would. A draft without a number cannot be marked.
    /// </summary>
    public void MarkDocumentSigned(int seenRevision, Guid documentId, DateTime now)
    {
        var document = _documents.FirstOrDefault(d => d.Id == documentId)
            ?? throw new DomainException("document-not-found", "Không tìm thấy tài liệu trong hồ sơ.");
        if (!document.IsNumbered)
            throw new DomainException("document-not-numbered", "Chỉ văn bản đã cấp số mới được đánh dấu đã ký; bản dự thảo phải được cấp số hoặc tải lên bản quét có chữ ký.");
        if (document.IsSigned)
            throw new DomainException("document-already-signed", "Văn bản này đã được đánh dấu đã ký.");
        BeginChange(seenRevision, now);
        document.MarkSigned();
    }

    /// <summary>
    /// Adds a document issued by the province (a decision, the province's Tờ trình) whoever holds the subject:
    /// still against the revision the user saw, and still a new version beside the old ones.
    /// </summary>
    public DossierDocument AttachIssuedDocument(int seenRevision, string kind, string fileName, string contentType,
        DocumentContent content, DateTime now, string uploadedBy)
    {
        ExpectRevision(seenRevision);
        Touch(now);
        return AddVersion(kind, fileName, contentType, content, now, uploadedBy, signed: false, numbered: false);
    }

    private DossierDocument AddVersion(string kind, string fileName, string contentType, DocumentContent content, DateTime now, string uploadedBy,
        bool signed, bool numbered)
    {
        var version = _documents.Where(d => d.Kind == kind).Select(d => d.Version).DefaultIfEmpty(0).Max() + 1;
        var document = new DossierDocument(Ids.New(), kind, version, fileName, contentType, content.Size, content.Sha256, now, uploadedBy, signed, numbered);
        _documents.Add(document);
        return document;
    }

    /// <summary>Every edit by the proposer: against the revision the user saw, only while the proposer holds it.</summary>
    protected void BeginChange(int seenRevision, DateTime now)
    {
        ExpectRevision(seenRevision);
        if (!HeldByProposer)
            throw new DomainException("dossier-not-editable", "Hồ sơ đã được trình, không thể sửa đổi.");
        Touch(now);
    }

    /// <summary>Every accepted change moves the revision on, so a user who saw the earlier one is told to reload.</summary>
    protected void Touch(DateTime now)
    {
        Revision++;
        UpdatedAt = now;
    }

    private string DocumentSnapshot() =>
        string.Join('\n', CurrentDocuments.OrderBy(d => d.Kind).Select(d => $"{d.Kind} v{d.Version} {d.Sha256}"));

    // The subject counts as submitted when it first leaves the proposer's hands.
    private bool IsFirstSubmission(WorkflowDefinition definition, string from, StateDefinition target) =>
        SubmittedAt is null && definition.State(from).IsHeldBy(Vocabulary.Holder.ProposingUnit) && !target.IsHeldBy(Vocabulary.Holder.ProposingUnit);
}
