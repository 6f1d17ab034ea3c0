using System.Security.Claims;
using DossierFlow.Domain.Access;

namespace DossierFlow.Web.Security;

internal static class ActorExtensions
{
    /// <summary>The acting user as the use cases see them; a principal without an organisation has no roles.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = user.FindFirstValue(ActorClaimsFactory.FullNameClaim) ?? user.Identity?.Name ?? "";
        if (!Guid.TryParse(user.FindFirstValue(ActorClaimsFactory.OrganisationClaim), out var organisation))
            return new Actor(id, name, Guid.Empty, new HashSet<string>());
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(id, name, organisation, roles);
    }
}
