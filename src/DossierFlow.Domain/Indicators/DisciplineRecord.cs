using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Indicators;

/// <summary>
/// A disciplinary sanction against a person or a collective, recorded by the unit it belongs to, for the
/// criteria's hard gates ("không có ... vi phạm kỷ luật từ hình thức khiển trách trở lên"). A collective's record
/// has no person; a person is recognised as a nominee is, by CCCD, staff code, or name and birth date.
/// </summary>
public sealed class DisciplineRecord
{
    private DisciplineRecord() { RecordedBy = ""; }

    public Guid Id { get; private set; }
    /// <summary>The unit the person works in, or the collective itself.</summary>
    public Guid OrganisationId { get; private set; }
    /// <summary>The person disciplined; null when the collective <see cref="OrganisationId"/> was.</summary>
    public string? PersonName { get; private set; }
    public string? FoldedPersonName { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? IdentityNumber { get; private set; }
    public string? StaffCode { get; private set; }
    public DisciplineLevel Level { get; private set; }
    /// <summary>The date of the disciplinary decision.</summary>
    public DateOnly DecidedOn { get; private set; }
    public string? DecisionNumber { get; private set; }
    public string? Reason { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; }

    public bool IsCollective => PersonName is null;

    /// <summary>A sanction against the collective <paramref name="organisationId"/>.</summary>
    public static DisciplineRecord ForCollective(Guid organisationId, DisciplineLevel level, DateOnly decidedOn, string? decisionNumber,
        string? reason, DateOnly today, DateTime now, string recordedBy) =>
        Create(organisationId, null, null, null, null, level, decidedOn, decisionNumber, reason, today, now, recordedBy);

    /// <summary>A sanction against a person of the unit <paramref name="organisationId"/>; a CCCD or staff code identifies them best.</summary>
    public static DisciplineRecord ForPerson(Guid organisationId, string personName, DateOnly? birthDate, string? identityNumber, string? staffCode,
        DisciplineLevel level, DateOnly decidedOn, string? decisionNumber, string? reason, DateOnly today, DateTime now, string recordedBy)
    {
        var name = TextLimits.Check(Guard.Required(personName, "discipline-person-required", "Họ và tên người bị kỷ luật là bắt buộc."),
            TextLimits.PersonName, "discipline-person-too-long", "Họ và tên");
        var cccd = Guard.Optional(identityNumber);
        if (cccd is not null && (cccd.Length != 12 || !cccd.All(char.IsAsciiDigit)))
            throw new DomainException("discipline-identity-invalid", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.");
        var staff = TextLimits.CheckOptional(Guard.Optional(staffCode), TextLimits.Code, "discipline-staff-code-too-long", "Mã số CBCCVC");
        if (birthDate is { } born && born > today)
            throw new DomainException("discipline-birth-date-future", "Ngày sinh không được sau ngày hôm nay.");
        return Create(organisationId, name, birthDate, cccd, staff, level, decidedOn, decisionNumber, reason, today, now, recordedBy);
    }

    private static DisciplineRecord Create(Guid organisationId, string? personName, DateOnly? birthDate, string? identityNumber, string? staffCode,
        DisciplineLevel level, DateOnly decidedOn, string? decisionNumber, string? reason, DateOnly today, DateTime now, string recordedBy)
    {
        if (organisationId == Guid.Empty) throw new DomainException("discipline-unit-required", "Đơn vị là bắt buộc.");
        if (!Enum.IsDefined(level)) throw new DomainException("discipline-level-invalid", "Hình thức kỷ luật không hợp lệ.");
        if (decidedOn > today)
            throw new DomainException("discipline-date-future", "Ngày quyết định kỷ luật không được sau ngày hôm nay.");
        if (decidedOn.Year < 2000)
            throw new DomainException("discipline-date-invalid", "Ngày quyết định kỷ luật không hợp lệ.");
        return new DisciplineRecord
        {
            Id = Ids.New(),
            OrganisationId = organisationId,
            PersonName = personName,
            FoldedPersonName = personName is null ? null : SearchText.Fold(personName),
            BirthDate = birthDate,
            IdentityNumber = identityNumber,
            StaffCode = staffCode,
            Level = level,
            DecidedOn = decidedOn,
            DecisionNumber = TextLimits.CheckOptional(Guard.Optional(decisionNumber), TextLimits.DocumentNumber, "discipline-decision-too-long", "Số quyết định kỷ luật"),
            Reason = TextLimits.CheckOptional(Guard.Optional(reason), TextLimits.Comment, "discipline-reason-too-long", "Lý do kỷ luật"),
            RecordedAt = now,
            RecordedBy = Guard.Required(recordedBy, "discipline-recorder-required", "Thiếu người ghi nhận."),
        };
    }
}
