using System.Security.Claims;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Security;

/// <summary>Puts the user's organisation and full name into the sign-in cookie, next to Identity's roles.</summary>
internal sealed class ActorClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string OrganisationClaim = "dossierflow:organisation";
    public const string FullNameClaim = "dossierflow:full-name";
    /// <summary>The account's concurrency stamp when the claims were made: the session check rebuilds them when it changes.</summary>
    public const string ProfileClaim = "dossierflow:profile";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.ConcurrencyStamp is { } profile) identity.AddClaim(new Claim(ProfileClaim, profile));
        return identity;
    }
}
