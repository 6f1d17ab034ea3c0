using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Organisations;

/// <summary>What happens to the accounts of an absorbed organisation.</summary>
public enum MergedAccounts
{
    /// <summary>Locked, with the merger as the reason.</summary>
    Deactivate = 1,
    /// <summary>Moved, with their roles, to the absorbing organisation.</summary>
    Move = 2,
}

/// <summary>
/// The record of one organisation absorbed by another (sáp nhập): from which day, on which legal basis, who
/// recorded it, and what passed to the absorbing organisation. One row per absorbed organisation.
/// </summary>
public sealed class OrganisationMerge
{
    private OrganisationMerge() { LegalBasis = RecordedBy = ""; }

    public Guid Id { get; private set; }
    public Guid AbsorbedId { get; private set; }
    public Guid AbsorbingId { get; private set; }
    /// <summary>The first day the absorbing organisation acts for the absorbed one.</summary>
    public DateOnly Effective { get; private set; }
    public string LegalBasis { get; private set; }
    public MergedAccounts Accounts { get; private set; }
    public int AccountsAffected { get; private set; }
    public int DossiersPassed { get; private set; }
    public int ReportsPassed { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; }

    public static string ValidLegalBasis(string legalBasis) =>
        TextLimits.Check(Guard.Required(legalBasis, "merge-legal-basis-required",
                "Căn cứ pháp lý của việc sáp nhập (số, ký hiệu, ngày văn bản) là bắt buộc."),
            TextLimits.Title, "merge-legal-basis-too-long", "Căn cứ pháp lý");

    public static OrganisationMerge Record(Organisation absorbed, Organisation absorbing, DateOnly effective, string legalBasis,
        MergedAccounts accounts, int accountsAffected, int dossiersPassed, int reportsPassed, DateTime now, string recordedBy) => new()
    {
        Id = Ids.New(),
        AbsorbedId = absorbed.Id,
        AbsorbingId = absorbing.Id,
        Effective = effective,
        LegalBasis = ValidLegalBasis(legalBasis),
        Accounts = Enum.IsDefined(accounts) ? accounts
            : throw new DomainException("merge-accounts-invalid", "Cách xử lý tài khoản không hợp lệ."),
        AccountsAffected = accountsAffected,
        DossiersPassed = dossiersPassed,
        ReportsPassed = reportsPassed,
        RecordedAt = now,
        RecordedBy = Guard.Required(recordedBy, "merge-recorder-required", "Thiếu người ghi nhận."),
    };
}
