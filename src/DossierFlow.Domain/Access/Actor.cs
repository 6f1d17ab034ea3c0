namespace DossierFlow.Domain.Access;

/// <summary>Who is acting: a signed-in user (or service account), their organisation and roles.</summary>
public sealed record Actor(string UserId, string DisplayName, Guid OrganisationId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsInAny(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>True when the actor holds a role that reaches every unit (Sở Nội vụ, council, Chairman, admin, auditor).</summary>
    public bool IsProvinceWide => Roles.Any(Access.Roles.ProvinceWide.Contains);

    /// <summary>Unit users see their own organisation's data only; a user without any role sees nothing of others.</summary>
    public bool CanSee(Guid organisationId) => IsProvinceWide || organisationId == OrganisationId;
}
