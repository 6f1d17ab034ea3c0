using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Council;

/// <summary>What the province issues for one award type of a session: its Quyết định, or for a national award its Tờ trình upward.</summary>
public enum SessionDecisionKind { Decision = 1, UpwardProposal = 2 }

/// <summary>
/// Approved by the Chairman, waiting for the document office (Văn phòng UBND tỉnh) to number and date it; issued;
/// for an upward proposal, the central decision recorded.
/// </summary>
public enum SessionDecisionStatus { AwaitingNumber = 1, Issued = 2, CentralRecorded = 3 }

/// <summary>A nominee the Chairman left out of the decision, and why.</summary>
public sealed record DecisionExclusion(Guid NomineeId, Guid DossierId, string NomineeName, string Reason);

/// <summary>
/// The Chairman's decision on one award type of a council session: everyone the council recommended for that award,
/// except the nominees the Chairman left out with a reason, in one document signed by the account chosen as the
/// signer. The Chairman approves; the document office gives it its number (in the register of its symbol and
/// year) and its date, and only then is it issued: the dossiers move, the units are mailed.
/// </summary>
public sealed class SessionDecision
{
    private readonly List<DecisionExclusion> _exclusions = [];

    private SessionDecision() { Symbol = ApprovedBy = ApprovedByName = SignerUserId = SignerName = ""; }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid AwardTypeId { get; private set; }
    public SessionDecisionKind Kind { get; private set; }
    public SessionDecisionStatus Status { get; private set; }
    /// <summary>The register the number is taken in: "QĐ" for decisions, "TTr" for upward proposals.</summary>
    public string Symbol { get; private set; }
    public string ApprovedBy { get; private set; }
    /// <summary>The approver's name, for the journal of each dossier when the decision is issued.</summary>
    public string ApprovedByName { get; private set; }
    public DateTime ApprovedAt { get; private set; }
    public string SignerUserId { get; private set; }
    public string SignerName { get; private set; }
    public string? SignerPosition { get; private set; }
    public SigningCapacity SignerCapacity { get; private set; }
    public int? Number { get; private set; }
    public int? Year { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string? IssuedBy { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public string? Sha256 { get; private set; }
    public string? CentralNumber { get; private set; }
    public DateOnly? CentralDate { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<DecisionExclusion> Exclusions => _exclusions;

    public static SessionDecision Approve(Guid sessionId, Guid awardTypeId, SessionDecisionKind kind, string symbol,
        string? signerUserId, string? signerName, string? signerPosition, SigningCapacity signerCapacity,
        IReadOnlyList<DecisionExclusion> exclusions, string approvedBy, string approvedByName, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(signerUserId) || string.IsNullOrWhiteSpace(signerName) || signerCapacity == SigningCapacity.None)
            throw new DomainException("decision-signer", "Vui lòng chọn người ký quyết định (tài khoản có thẩm quyền ký).");
        if (exclusions.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Reason)) is { } silent)
            throw new DomainException("decision-exclusion-reason", $"Vui lòng nêu lý do không khen thưởng {silent.NomineeName}.");
        if (exclusions.FirstOrDefault(e => e.Reason.Trim().Length > TextLimits.Comment) is { } wordy)
            throw new DomainException("decision-exclusion-reason", $"Lý do không khen thưởng {wordy.NomineeName} dài quá {TextLimits.Comment} ký tự.");
        var decision = new SessionDecision
        {
            Id = Ids.New(),
            SessionId = sessionId,
            AwardTypeId = awardTypeId,
            Kind = kind,
            Status = SessionDecisionStatus.AwaitingNumber,
            Symbol = symbol,
            ApprovedBy = Guard.Required(approvedBy, "decision-approver", "Thiếu người phê duyệt."),
            ApprovedByName = approvedByName,
            ApprovedAt = now,
            SignerUserId = signerUserId,
            SignerName = signerName.Trim(),
            SignerPosition = signerPosition,
            SignerCapacity = signerCapacity,
            Revision = 1,
        };
        decision._exclusions.AddRange(exclusions.Select(e => e with { Reason = e.Reason.Trim() }));
        return decision;
    }

    public void ExpectRevision(int seen)
    {
        if (seen != Revision) throw new ConcurrencyConflictException("Văn bản đã được người khác cập nhật. Vui lòng tải lại trang và thực hiện lại.");
    }

    /// <summary>
    /// The document office numbers and dates the approved document. The number's uniqueness in its register is the
    /// caller's check (it needs the other documents); the date is never before the minutes the decision rests on
    /// nor after today.
    /// </summary>
    public void Issue(int seenRevision, int number, DateOnly date, DateOnly minutesDate, DateOnly today, string sha256, string by, DateTime now)
    {
        ExpectRevision(seenRevision);
        if (Status != SessionDecisionStatus.AwaitingNumber)
            throw new DomainException("decision-issued", "Văn bản này đã được cấp số và ban hành.");
        if (number <= 0) throw new DomainException("decision-number", "Số văn bản phải là số nguyên dương.");
        if (date < minutesDate)
            throw new DomainException("decision-date-before-minutes",
                $"Ngày ban hành ({Day(date)}) không được trước ngày biên bản họp Hội đồng ({Day(minutesDate)}).");
        if (date > today) throw new DomainException("decision-date-future", "Ngày ban hành không được sau ngày hôm nay.");
        Number = number;
        Year = date.Year;
        IssuedOn = date;
        Sha256 = sha256;
        IssuedBy = Guard.Required(by, "decision-issuer", "Thiếu người cấp số.");
        IssuedAt = now;
        Status = SessionDecisionStatus.Issued;
        Revision++;
    }

    private static string Day(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The central level's one decision on every nominee the province proposed upward.</summary>
    public void RecordCentral(int seenRevision, string number, DateOnly date, DateOnly today)
    {
        ExpectRevision(seenRevision);
        if (Kind != SessionDecisionKind.UpwardProposal || Status != SessionDecisionStatus.Issued)
            throw new DomainException("decision-not-upward", "Chỉ ghi nhận quyết định Trung ương cho Tờ trình đã ban hành và đang chờ Trung ương.");
        CentralNumber = TextLimits.Check(Guard.Required(number, "central-number", "Vui lòng nhập số quyết định của Trung ương."),
            TextLimits.DocumentNumber, "central-number", "Số quyết định");
        if (IssuedOn is { } issued && date < issued)
            throw new DomainException("central-date-before-proposal", "Ngày quyết định của Trung ương không được trước ngày Tờ trình của tỉnh.");
        if (date > today) throw new DomainException("central-date-future", "Ngày quyết định không được sau ngày hôm nay.");
        CentralDate = date;
        Status = SessionDecisionStatus.CentralRecorded;
        Revision++;
    }
}
