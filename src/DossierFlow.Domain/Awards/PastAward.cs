using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Domain.Awards;

/// <summary>
/// An award given before DossierFlow kept the dossiers (or outside it), imported from the unit's records: who
/// (a person, by name and CCCD or birth date, or a collective), the award, the year of the achievements and the
/// decision. It counts in a person's award history and in the duplicate warnings like an award decided here.
/// </summary>
public sealed class PastAward
{
    private PastAward() { Name = FoldedName = AwardName = DecisionNumber = ImportedBy = ""; }

    public Guid Id { get; private set; }
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; }
    public string FoldedName { get; private set; }
    public string? IdentityNumber { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Workplace { get; private set; }
    /// <summary>The catalogue's award when the imported name is one of its names; null for an award outside it.</summary>
    public Guid? AwardTypeId { get; private set; }
    public string AwardName { get; private set; }
    public int Year { get; private set; }
    public string DecisionNumber { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    public DateTime ImportedAt { get; private set; }
    public string ImportedBy { get; private set; }

    /// <summary>The details as a nominee's, to recognise the same person (<see cref="NomineeDetails.SamePerson"/>).</summary>
    public NomineeDetails Details => new(Kind, Name, null, Workplace, null, BirthDate, IdentityNumber, null, null);

    public static PastAward Record(NomineeKind kind, string name, string? identityNumber, DateOnly? birthDate, string? workplace,
        Guid? awardTypeId, string awardName, int year, string decisionNumber, DateOnly decisionDate, string by, DateTime now)
    {
        var validName = TextLimits.Check(Guard.Required(name, "past-award-name", "Họ tên hoặc tên tập thể là bắt buộc."),
            TextLimits.NomineeName, "past-award-name-too-long", "Họ tên");
        var identity = Guard.Optional(identityNumber);
        if (identity is not null && (identity.Length != 12 || !identity.All(char.IsAsciiDigit)))
            throw new DomainException("past-award-identity", "Số CCCD phải gồm đúng 12 chữ số.");
        if (year is < 1945 or > 2100) throw new DomainException("past-award-year", "Năm khen thưởng không hợp lệ.");
        if (decisionDate.Year < year) throw new DomainException("past-award-date", "Ngày quyết định không được trước năm khen thưởng.");
        return new PastAward
        {
            Id = Ids.New(), Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("past-award-kind", "Đối tượng không hợp lệ."),
            Name = validName, FoldedName = SearchText.Fold(validName), IdentityNumber = identity, BirthDate = birthDate,
            Workplace = TextLimits.CheckOptional(Guard.Optional(workplace), TextLimits.Workplace, "past-award-workplace-too-long", "Đơn vị công tác"),
            AwardTypeId = awardTypeId,
            AwardName = TextLimits.Check(Guard.Required(awardName, "past-award-award", "Hình thức khen thưởng là bắt buộc."),
                TextLimits.Title, "past-award-award-too-long", "Hình thức khen thưởng"),
            Year = year,
            DecisionNumber = TextLimits.Check(Guard.Required(decisionNumber, "past-award-decision", "Số quyết định là bắt buộc."),
                TextLimits.DocumentNumber, "past-award-decision-too-long", "Số quyết định"),
            DecisionDate = decisionDate, ImportedAt = now, ImportedBy = by,
        };
    }
}
