using System.Security.Claims;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Security;

/// <summary>
/// Identity's security-stamp check of the sign-in cookie, run on every request (the interval is zero, see
/// SecuritySetup), that also refuses the cookie of a locked-out account: locking, a role removed, a password reset
/// and signing out all change the stamp, so a cookie issued before stops working on the next request on any node.
/// </summary>
internal sealed class SessionValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signIn, logger)
{
    protected override async Task<ApplicationUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is not null && await SignInManager.UserManager.IsLockedOutAsync(user) ? null : user;
    }
}
