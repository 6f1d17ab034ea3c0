using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Batches;

/// <summary>Open: Sở Nội vụ composes it; Forwarded: its dossiers are with the council; Scheduled: a council session has it on its agenda.</summary>
public enum BatchStatus { Open = 1, Forwarded = 2, Scheduled = 3 }

/// <summary>
/// A đợt trình: the appraised dossiers of one movement that Sở Nội vụ submits to the Chairman and the council together,
/// with one Tờ trình …/TTr-SNV and its consolidated list. Dossiers are added and withdrawn (each change journalled with
/// who, when and why) until a council session is scheduled for the batch; forwarding moves every dossier to the
/// council at once. The Tờ trình is current only when it was generated after the last change of the dossiers.
/// </summary>
public sealed class SubmissionBatch
{
    private readonly List<BatchAward> _awards = [];
    private readonly List<BatchEntry> _entries = [];
    private readonly List<BatchChange> _changes = [];

    private SubmissionBatch() { Title = CreatedBy = ""; }

    public Guid Id { get; private set; }
    public Guid MovementId { get; private set; }
    /// <summary>What Sở Nội vụ calls the batch ("Đợt 1 năm 2026").</summary>
    public string Title { get; private set; }
    public BatchStatus Status { get; private set; }
    public int Revision { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Counts the additions and withdrawals: a Tờ trình generated for an earlier count no longer matches the list.</summary>
    public int ListVersion { get; private set; }
    /// <summary>The <see cref="ListVersion"/> the Tờ trình was generated for.</summary>
    public int? SubmissionListVersion { get; private set; }
    public int? SubmissionNumber { get; private set; }
    public DateOnly? SubmissionIssuedOn { get; private set; }
    public DateTime? SubmissionGeneratedAt { get; private set; }
    public string? SubmissionSha256 { get; private set; }
    public DateTime? ForwardedAt { get; private set; }
    public string? ForwardedBy { get; private set; }
    /// <summary>The council session whose agenda holds the batch (set when scheduled, cleared when that session is cancelled).</summary>
    public Guid? SessionId { get; private set; }

    public IReadOnlyList<BatchAward> Awards => _awards;
    public IReadOnlyList<BatchEntry> Entries => _entries;
    public IReadOnlyList<BatchChange> Changes => _changes;

    public bool SubmissionCurrent => SubmissionListVersion == ListVersion;

    public static SubmissionBatch Create(Guid movementId, string title, IReadOnlyCollection<Guid> awardTypeIds, DateTime now, string by)
    {
        if (awardTypeIds.Count == 0) throw new DomainException("batch-awards", "Hãy chọn ít nhất một hình thức khen thưởng cho đợt trình.");
        var batch = new SubmissionBatch
        {
            Id = Ids.New(),
            MovementId = movementId,
            Title = TextLimits.Check(Guard.Required(title, "batch-title", "Vui lòng nhập tên đợt trình."), TextLimits.Title, "batch-title", "Tên đợt trình"),
            Status = BatchStatus.Open,
            CreatedAt = now,
            CreatedBy = Guard.Required(by, "batch-creator", "Thiếu người lập đợt trình."),
            UpdatedAt = now,
            Revision = 1,
        };
        batch._awards.AddRange(awardTypeIds.Distinct().Select(id => new BatchAward(id)));
        return batch;
    }

    public bool Covers(Guid awardTypeId) => _awards.Any(a => a.AwardTypeId == awardTypeId);

    public bool Holds(Guid dossierId) => _entries.Any(e => e.DossierId == dossierId);

    /// <summary>Adds a dossier Sở Nội vụ has appraised, with the appraisal note the consolidated list prints for its nominees.</summary>
    public void Add(int seenRevision, Guid dossierId, string dossierCode, Guid awardTypeId, string? appraisalNote, DateTime now, string by)
    {
        ExpectAmendable(seenRevision);
        if (!Covers(awardTypeId))
            throw new DomainException("batch-award-not-covered", $"Hồ sơ {dossierCode} đề nghị hình thức khen thưởng không thuộc đợt trình này.");
        if (Holds(dossierId)) throw new DomainException("batch-dossier-present", $"Hồ sơ {dossierCode} đã có trong đợt trình.");
        var note = string.IsNullOrWhiteSpace(appraisalNote) ? DefaultNote : appraisalNote.Trim();
        _entries.Add(new BatchEntry(dossierId, awardTypeId, TextLimits.Check(note, TextLimits.Comment, "batch-note", "Ý kiến thẩm định"), now, by));
        _changes.Add(new BatchChange(now, by, BatchChangeKind.Added, dossierId, dossierCode, null));
        ListChanged(now);
    }

    public const string DefaultNote = "Đủ điều kiện, tiêu chuẩn theo quy định.";

    /// <summary>Takes a dossier out of the batch, with the reason the journal keeps.</summary>
    public void Withdraw(int seenRevision, Guid dossierId, string dossierCode, string? reason, DateTime now, string by)
    {
        ExpectAmendable(seenRevision);
        var entry = _entries.FirstOrDefault(e => e.DossierId == dossierId)
            ?? throw new DomainException("batch-dossier-absent", $"Hồ sơ {dossierCode} không có trong đợt trình.");
        var why = TextLimits.Check(Guard.Required(reason, "batch-withdraw-reason", $"Vui lòng nêu lý do rút hồ sơ {dossierCode} khỏi đợt trình."),
            TextLimits.Comment, "batch-withdraw-reason", "Lý do");
        _entries.Remove(entry);
        _changes.Add(new BatchChange(now, by, BatchChangeKind.Withdrawn, dossierId, dossierCode, why));
        ListChanged(now);
    }

    /// <summary>The Tờ trình was (re)generated for the present list; its number is kept from the first time.</summary>
    public void SubmissionIssued(int seenRevision, int number, DateOnly issuedOn, string sha256, DateTime now)
    {
        ExpectAmendable(seenRevision);
        if (_entries.Count == 0) throw new DomainException("batch-empty", "Đợt trình chưa có hồ sơ nào.");
        SubmissionNumber = number;
        SubmissionIssuedOn = issuedOn;
        SubmissionSha256 = sha256;
        SubmissionGeneratedAt = now;
        SubmissionListVersion = ListVersion;
        Touch(now);
    }

    /// <summary>Sở Nội vụ sends the batch to the council: its Tờ trình must list exactly the dossiers it holds.</summary>
    public void Forward(int seenRevision, DateTime now, string by)
    {
        ExpectRevision(seenRevision);
        if (Status != BatchStatus.Open) throw new DomainException("batch-forwarded", "Đợt trình đã được trình Hội đồng.");
        if (_entries.Count == 0) throw new DomainException("batch-empty", "Đợt trình chưa có hồ sơ nào.");
        if (!SubmissionCurrent)
            throw new DomainException("batch-submission-missing", SubmissionNumber is null
                ? "Hãy lập Tờ trình của Sở Nội vụ trước khi trình Hội đồng."
                : "Danh sách đã thay đổi sau khi lập Tờ trình: hãy lập lại Tờ trình (giữ nguyên số) trước khi trình Hội đồng.");
        Status = BatchStatus.Forwarded;
        ForwardedAt = now;
        ForwardedBy = by;
        _changes.Add(new BatchChange(now, by, BatchChangeKind.Forwarded, null, null, null));
        Touch(now);
    }

    /// <summary>A council session puts the batch on its agenda: from now on the list is fixed.</summary>
    public void ScheduledIn(Guid sessionId, DateTime now, string by)
    {
        ExpectSchedulable();
        Status = BatchStatus.Scheduled;
        SessionId = sessionId;
        _changes.Add(new BatchChange(now, by, BatchChangeKind.Scheduled, null, null, null));
        Touch(now);
    }

    /// <summary>Forwarded, not on another agenda, not empty, and its Tờ trình lists what it holds.</summary>
    public void ExpectSchedulable()
    {
        if (Status != BatchStatus.Forwarded)
            throw new DomainException("batch-not-forwarded", Status == BatchStatus.Scheduled
                ? $"Đợt trình \"{Title}\" đã có trong chương trình một phiên họp khác."
                : $"Đợt trình \"{Title}\" chưa được Sở Nội vụ trình Hội đồng.");
        if (_entries.Count == 0) throw new DomainException("batch-empty", $"Đợt trình \"{Title}\" không còn hồ sơ nào.");
        if (!SubmissionCurrent)
            throw new DomainException("batch-submission-outdated", $"Danh sách của đợt trình \"{Title}\" đã thay đổi sau Tờ trình: Sở Nội vụ cần lập lại Tờ trình.");
    }

    /// <summary>The session was cancelled: the batch waits for another one and may be amended again.</summary>
    public void SessionCancelled(DateTime now, string by)
    {
        if (Status != BatchStatus.Scheduled) return;
        Status = BatchStatus.Forwarded;
        SessionId = null;
        _changes.Add(new BatchChange(now, by, BatchChangeKind.Unscheduled, null, null, null));
        Touch(now);
    }

    public void ExpectRevision(int seenRevision)
    {
        if (seenRevision != Revision)
            throw new ConcurrencyConflictException("Đợt trình đã được người khác cập nhật. Vui lòng tải lại trang và thực hiện lại.");
    }

    private void ExpectAmendable(int seenRevision)
    {
        ExpectRevision(seenRevision);
        if (Status == BatchStatus.Scheduled)
            throw new DomainException("batch-scheduled", "Hội đồng đã lên lịch họp cho đợt trình này, không thể sửa danh sách.");
    }

    private void ListChanged(DateTime now)
    {
        ListVersion++;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>An award type the batch covers.</summary>
public sealed record BatchAward(Guid AwardTypeId);

/// <summary>A dossier in the batch, with Sở Nội vụ's appraisal note for its nominees.</summary>
public sealed class BatchEntry
{
    private BatchEntry() { AppraisalNote = AddedBy = ""; }

    internal BatchEntry(Guid dossierId, Guid awardTypeId, string appraisalNote, DateTime addedAt, string addedBy)
    {
        DossierId = dossierId;
        AwardTypeId = awardTypeId;
        AppraisalNote = appraisalNote;
        AddedAt = addedAt;
        AddedBy = addedBy;
    }

    public Guid DossierId { get; private set; }
    public Guid AwardTypeId { get; private set; }
    public string AppraisalNote { get; private set; }
    public DateTime AddedAt { get; private set; }
    public string AddedBy { get; private set; }
}

public enum BatchChangeKind { Added = 1, Withdrawn = 2, Forwarded = 3, Scheduled = 4, Unscheduled = 5 }

/// <summary>One line of the batch's journal: a dossier added or withdrawn (with the reason), the batch forwarded or scheduled.</summary>
public sealed record BatchChange(DateTime At, string By, BatchChangeKind Kind, Guid? DossierId, string? DossierCode, string? Reason);
