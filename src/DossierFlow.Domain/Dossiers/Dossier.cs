using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Domain.Dossiers;

/// <summary>
/// A proposal for an award (hồ sơ đề nghị khen thưởng). Every change goes through a guarded method that
/// raises <see cref="WorkflowSubject.Revision"/>; callers pass the revision the user saw, so that two people
/// editing at once get one success and one clear conflict instead of a silent overwrite.
/// </summary>
public sealed class Dossier : WorkflowSubject
{
    private readonly List<Nominee> _nominees = [];

    private Dossier() { CreatedBy = Code = ""; }

    /// <summary>The counter of <see cref="Code"/>s is kept per year under this symbol.</summary>
    public const string CodePrefix = "HS";

    /// <summary>The readable code of a dossier: "HS-2026-000123", the creation year and its number in that year.</summary>
    public static string FormatCode(int year, int number) =>
        $"{CodePrefix}-{year:0000}-{number.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)}";

    public Guid MovementId { get; private set; }
    public Guid PhaseId { get; private set; }
    public Guid ProposingOrganisationId { get; private set; }
    public Guid AwardTypeId { get; private set; }
    public CommendationType CommendationType { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    /// <summary>The readable code people quote (mails, phone calls, the bundle): unique, given at creation.</summary>
    public string Code { get; private set; }
    /// <summary>
    /// What a list's search compares (<see cref="Common.SearchText"/>): the code and every nominee's name, folded;
    /// kept current by every change of the nominees. The unit's name is searched on the organisation.
    /// </summary>
    public string? SearchText { get; private set; }

    public IReadOnlyList<Nominee> Nominees => _nominees;

    public bool IsEditable => HeldByProposer;

    public override Guid OwnerOrganisationId => ProposingOrganisationId;

    protected override void ChangeOwner(Guid organisationId) => ProposingOrganisationId = organisationId;

    public static Dossier Create(Movement movement, Guid phaseId, Organisation proposer, AwardType award,
        WorkflowDefinition workflow, CommendationType commendationType, DateTime now, string createdBy, string code)
    {
        if (workflow.Id != award.WorkflowId)
            throw new InvalidOperationException($"Award {award.Code} follows {award.WorkflowId}, not {workflow.Id}.");
        if (movement.Phases.All(p => p.Id != phaseId))
            throw new DomainException("dossier-phase-invalid", "Đợt khen thưởng không thuộc phong trào đã chọn.");
        if (!movement.HasParticipant(proposer.Id))
            throw new DomainException("dossier-not-participant",
                $"Đơn vị \"{proposer.Name}\" không tham gia phong trào \"{movement.Title}\".");
        if (!movement.OffersAward(award.Id) || !award.IsActive)
            throw new DomainException("dossier-award-not-offered",
                $"Phong trào không xét hình thức \"{award.Name}\".");
        if (!proposer.IsActiveOn(DateOnly.FromDateTime(now)))
            throw new DomainException("dossier-organisation-inactive",
                $"Đơn vị \"{proposer.Name}\" đã hết hiệu lực, không thể lập hồ sơ mới.");
        if (!Enum.IsDefined(commendationType))
            throw new DomainException("dossier-commendation-type-invalid", "Loại hình khen thưởng không hợp lệ.");
        var dossier = new Dossier
        {
            Id = Ids.New(),
            MovementId = movement.Id,
            PhaseId = phaseId,
            ProposingOrganisationId = proposer.Id,
            AwardTypeId = award.Id,
            CommendationType = commendationType,
            CreatedAt = now,
            CreatedBy = Guard.Required(createdBy, "dossier-creator-required", "Thiếu người lập hồ sơ."),
            Code = Guard.Required(code, "dossier-code-required", "Thiếu mã hồ sơ."),
        };
        dossier.StartOn(workflow, now);
        dossier.RefreshSearchText();
        return dossier;
    }

    public Nominee AddNominee(int seenRevision, NomineeKind kind, string name, string? position, string? workplace, DateTime now) =>
        AddNominee(seenRevision, new NomineeDetails(kind, name, position, workplace), DateOnly.FromDateTime(now), now);

    public Nominee AddNominee(int seenRevision, NomineeDetails details, DateOnly today, DateTime now)
    {
        var valid = details.Checked(today);
        BeginChange(seenRevision, now);
        var nominee = Nominee.From(Ids.New(), NextOrder(), valid);
        _nominees.Add(nominee);
        RefreshSearchText();
        return nominee;
    }

    public void ChangeNominee(int seenRevision, Guid nomineeId, NomineeDetails details, DateOnly today, DateTime now)
    {
        var nominee = FindNominee(nomineeId);
        var valid = details.Checked(today);
        BeginChange(seenRevision, now);
        nominee.Change(valid);
        RefreshSearchText();
    }

    /// <summary>
    /// Takes an imported list as one change: a row describing a nominee already in the dossier (the same CCCD, else
    /// the same folded name and birth date) updates it, any other row adds a nominee. Every row is checked before
    /// anything changes; the import refuses two rows describing the same person before calling this.
    /// </summary>
    public (int Added, int Updated) ImportNominees(int seenRevision, IReadOnlyList<NomineeDetails> rows, DateOnly today, DateTime now)
    {
        var valid = rows.Select(r => r.Checked(today)).ToList();
        BeginChange(seenRevision, now);
        var (added, updated) = (0, 0);
        foreach (var row in valid)
        {
            if (_nominees.FirstOrDefault(n => n.IsSamePerson(row)) is { } existing)
            {
                existing.Change(row);
                updated++;
            }
            else
            {
                _nominees.Add(Nominee.From(Ids.New(), NextOrder(), row));
                added++;
            }
        }
        RefreshSearchText();
        return (added, updated);
    }

    // Orders are never reused while the dossier keeps a document filed under the order ("kind#order"), so that a
    // removed nominee's signed report does not pass for the next one's.
    private int NextOrder() => Math.Max(_nominees.Select(n => n.Order).DefaultIfEmpty(0).Max(), LastDocumentOrder()) + 1;

    private int LastDocumentOrder() => Documents.Select(d => d.Kind.Split('#')).Where(p => p.Length == 2)
        .Select(p => int.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out var order) ? order : 0).DefaultIfEmpty(0).Max();

    public void RemoveNominee(int seenRevision, Guid nomineeId, DateTime now)
    {
        var nominee = FindNominee(nomineeId);
        BeginChange(seenRevision, now);
        _nominees.Remove(nominee);
        RefreshSearchText();
    }

    /// <summary>Recomputes <see cref="SearchText"/>; every method that changes a nominee's name calls it.</summary>
    public void RefreshSearchText() =>
        SearchText = string.Join(" | ", _nominees.OrderBy(n => n.Order).Select(n => Common.SearchText.Fold(n.Name)).Prepend(Common.SearchText.Fold(Code)));

    /// <summary>True once the council has an outcome for every nominee.</summary>
    public bool CouncilVotesRecorded => _nominees.Count > 0 && _nominees.All(n => n.CouncilRecommended is not null);

    /// <summary>
    /// Records the council's outcome for one nominee while the dossier waits for the council, against the revision
    /// the secretary saw. The workflow moves afterwards (council-decided or council-rejected).
    /// </summary>
    public void RecordCouncilVote(WorkflowDefinition definition, int seenRevision, Guid nomineeId, bool recommended, decimal percent, string note, DateTime now)
    {
        ExpectRevision(seenRevision);
        ExpectHeldBy(definition, Vocabulary.Holder.Council, "council-not-holding", "Hồ sơ không ở bước chờ Hội đồng Thi đua - Khen thưởng xét.");
        FindNominee(nomineeId).CouncilVoted(recommended, percent, note);
        Touch(now);
    }

    /// <summary>
    /// A corrected council result for one nominee after the dossier moved on, before the Chairman decided: allowed only
    /// when the dossier stays where the confirmation sent it (at the Chairman with a nominee still recommended, or
    /// refused with none), since a refused dossier is closed and its unit already told.
    /// </summary>
    public void CorrectCouncilVote(int seenRevision, Guid nomineeId, bool recommended, decimal percent, string note, DateTime now)
    {
        ExpectRevision(seenRevision);
        var nominee = FindNominee(nomineeId);
        if (nominee.CouncilRecommended is null || _nominees.Any(n => n.ChairmanApproved is not null))
            throw new DomainException("vote-correction-decided", $"Hồ sơ {Code} đã có quyết định của Chủ tịch: kết quả biểu quyết không còn được sửa.");
        var wasRecommended = _nominees.Any(n => n.CouncilRecommended == true);
        var willBeRecommended = _nominees.Any(n => n.Id == nomineeId ? recommended : n.CouncilRecommended == true);
        if (wasRecommended != willBeRecommended)
            throw new DomainException("vote-correction-moves-dossier", wasRecommended
                ? $"Sửa kết quả của {nominee.Name} làm hồ sơ {Code} không còn ai được đề nghị, nhưng hồ sơ đã trình Chủ tịch UBND tỉnh theo kết quả đã xác nhận. Không thể tự động chuyển hồ sơ về \"Không khen thưởng\": hãy báo Chủ tịch không khen thưởng hồ sơ này và ghi rõ lý do."
                : $"Sửa kết quả của {nominee.Name} làm hồ sơ {Code} có người đạt, nhưng hồ sơ đã đóng (không khen thưởng) và đơn vị đã được thông báo. Hồ sơ đã đóng không mở lại được: đơn vị cần trình hồ sơ mới.");
        nominee.CouncilVoted(recommended, percent, note);
        Touch(now);
    }

    /// <summary>
    /// The Chairman approves some or all of the nominees the council recommended; the others are not awarded.
    /// Only while the dossier waits for the Chairman, against the revision the Chairman saw.
    /// </summary>
    public void RecordChairmanDecision(WorkflowDefinition definition, int seenRevision, IReadOnlyCollection<Guid> approved, DateTime now)
    {
        ExpectRevision(seenRevision);
        ExpectHeldBy(definition, Vocabulary.Holder.Chairman, "chairman-not-holding", "Hồ sơ không ở bước trình Chủ tịch UBND tỉnh quyết định.");
        if (approved.FirstOrDefault(id => _nominees.All(n => n.Id != id || n.CouncilRecommended == false)) is var bad && bad != Guid.Empty)
            throw new DomainException("chairman-not-recommended", "Chỉ quyết định khen thưởng cho tập thể, cá nhân được Hội đồng đề nghị.");
        foreach (var nominee in _nominees.Where(n => n.CouncilRecommended != false))
            nominee.ChairmanDecided(approved.Contains(nominee.Id));
        Touch(now);
    }

    /// <summary>The central decision (Quyết định of the Thủ tướng or Chủ tịch nước) as Sở Nội vụ recorded it.</summary>
    public string? CentralDecisionNumber { get; private set; }
    public DateOnly? CentralDecisionDate { get; private set; }

    /// <summary>
    /// Sở Nội vụ records the central level's decision on a dossier the province sent up: its number and date, and
    /// which of the nominees the Chairman proposed were awarded.
    /// </summary>
    public void RecordCentralDecision(WorkflowDefinition definition, int seenRevision, string number, DateOnly date, IReadOnlyCollection<Guid> awarded,
        DateOnly today, DateTime now)
    {
        ExpectRevision(seenRevision);
        ExpectHeldBy(definition, Vocabulary.Holder.Central, "central-not-holding", "Hồ sơ không ở bước chờ Trung ương quyết định.");
        CentralDecisionNumber = TextLimits.Check(Guard.Required(number, "central-number", "Vui lòng nhập số quyết định của Trung ương."),
            TextLimits.DocumentNumber, "central-number", "Số quyết định");
        if (date > today)
            throw new DomainException("central-date-future", "Ngày quyết định không được sau ngày hôm nay.");
        CentralDecisionDate = date;
        var proposed = _nominees.Where(n => n.InDecision).ToList();
        if (awarded.Any(id => proposed.All(n => n.Id != id)))
            throw new DomainException("central-not-proposed", "Chỉ ghi nhận khen thưởng cho tập thể, cá nhân tỉnh đã đề nghị.");
        foreach (var nominee in proposed) nominee.CentralDecided(awarded.Contains(nominee.Id));
        Touch(now);
    }

    /// <summary>Supporting documents of any sort, uploaded beside the ones the award requires.</summary>
    public const string EvidenceKind = "evidence";

    /// <summary>
    /// Refuses a kind of upload the dossier has no place for. The proposer uploads a document its award requires
    /// (for one nominee as "kind#order", like the generated ones) or evidence; any other kind would be stored under a
    /// name no screen, checklist or export knows.
    /// </summary>
    public void ExpectUploadableKind(AwardType award, string? kind)
    {
        var parts = Guard.Required(kind, "document-kind-required", "Loại tài liệu là bắt buộc.").Split('#');
        var known = parts[0] == EvidenceKind ? parts.Length == 1 : award.RequiredDocuments.Contains(parts[0])
            && (parts.Length == 1 || parts.Length == 2 && _nominees.Any(n => n.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) == parts[1]));
        if (!known)
            throw new DomainException("document-kind-unknown",
                $"Loại tài liệu không hợp lệ: hồ sơ \"{award.Name}\" chỉ nhận các tài liệu bắt buộc của hình thức khen thưởng và tài liệu minh chứng.");
    }

    private Nominee FindNominee(Guid nomineeId) =>
        _nominees.FirstOrDefault(n => n.Id == nomineeId)
        ?? throw new DomainException("nominee-not-found", "Không tìm thấy người/tập thể được đề nghị trong hồ sơ.");
}
