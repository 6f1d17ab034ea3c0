using System.Security.Claims;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Security;

/// <summary>
/// The check of the sign-in cookie on every request (the interval is zero, see SecuritySetup): one indexed read of
/// the account. A cookie whose security stamp is no longer the account's, or of a locked-out account, stops working
/// at once on any node: locking, a role removed, a password reset and signing out all change the stamp.
/// </summary>
/// <remarks>
/// Identity's own validator rebuilt the claims (the account, its roles, its claims, the roles' claims: five reads)
/// and renewed the cookie on every request. Here the claims are rebuilt only when the account row changed since the
/// cookie's claims were made without a new security stamp (a new concurrency stamp), which the
/// <see cref="ActorClaimsFactory.ProfileClaim"/> records. An administrator's edit of an account changes its stamp
/// (Identity does so for a new user name or email), so the user signs in again and gets the new claims then.
/// </remarks>
internal sealed class SessionValidator(AppDbContext db, SignInManager<ApplicationUser> signIn, IOptions<IdentityOptions> identity,
    TimeProvider clock) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal is null ? null : signIn.UserManager.GetUserId(principal);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var account = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.ConcurrencyStamp, u.LockoutEnabled, u.LockoutEnd }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || stamp is null || account.SecurityStamp != stamp || account.LockoutEnabled && account.LockoutEnd > clock.GetUtcNow())
        {
            context.RejectPrincipal();
            await signIn.SignOutAsync();
            return;
        }
        if (principal!.FindFirstValue(ActorClaimsFactory.ProfileClaim) == account.ConcurrencyStamp) return;
        var user = await signIn.UserManager.FindByIdAsync(userId!);
        if (user is null)
        {
            context.RejectPrincipal();
            await signIn.SignOutAsync();
            return;
        }
        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
        context.ShouldRenew = true;
    }
}
