using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Persistence.Identity;

/// <summary>
/// A user of DossierFlow: an Identity account bound to one organisation, with the name and position printed
/// on documents, and the capacity in which they sign them. Identity's own columns keep Identity's setters; ours change only through <see cref="ChangeProfile"/>.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    private ApplicationUser() { FullName = ""; }

    public ApplicationUser(string userName, string? email, string fullName, string? position, Guid organisationId,
        SigningCapacity signing = SigningCapacity.None)
        : base(userName)
    {
        Email = email;
        FullName = "";
        ChangeProfile(fullName, position, organisationId, signing);
    }

    public string FullName { get; private set; }
    public string? Position { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>How the user signs the organisation's documents; the authority line is derived from it.</summary>
    public SigningCapacity Signing { get; private set; }
    /// <summary>Why the account was locked by an operation rather than by hand (an organisation's merger), shown to admins.</summary>
    public string? DeactivatedReason { get; private set; }

    /// <summary>Locks the account for good, with the reason; a new stamp ends its cookie sessions at their next request.</summary>
    public void Deactivate(string reason)
    {
        DeactivatedReason = TextLimits.Check(reason, TextLimits.List, "user-deactivation-reason-too-long", "Lý do khóa tài khoản");
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Moves the account to another organisation (the one that absorbed its own), keeping its roles.</summary>
    public void MoveTo(Guid organisationId) => ChangeProfile(FullName, Position, organisationId, Signing);

    public void ChangeProfile(string fullName, string? position, Guid organisationId, SigningCapacity signing = SigningCapacity.None)
    {
        if (!Enum.IsDefined(signing))
            throw new DomainException("user-signing-unknown", "Thẩm quyền ký không hợp lệ.");
        if (string.IsNullOrWhiteSpace(fullName))
            throw new DomainException("user-full-name-required", "Họ và tên người dùng là bắt buộc.");
        if (organisationId == Guid.Empty)
            throw new DomainException("user-organisation-required", "Người dùng phải thuộc một đơn vị.");
        var validName = TextLimits.Check(fullName.Trim(), TextLimits.PersonName, "user-full-name-too-long", "Họ và tên người dùng");
        var validPosition = TextLimits.CheckOptional(string.IsNullOrWhiteSpace(position) ? null : position.Trim(), TextLimits.Position,
            "user-position-too-long", "Chức vụ");
        FullName = validName;
        Position = validPosition;
        OrganisationId = organisationId;
        Signing = signing;
    }
}
