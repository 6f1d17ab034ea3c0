using System.Text.Encodings.Web;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Security;

/// <summary>
/// Authenticates "Authorization: Bearer df_…" as the token's user, with the same claims as a sign-in: one query
/// checks the token and the account on every request; the claims come from <see cref="ApiTokenPrincipals"/>.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, ApiTokenPrincipals cache, IUserClaimsPrincipalFactory<ApplicationUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var holder = await tokens.CheckAsync(header["Bearer ".Length..].Trim(), clock.GetUtcNow(), Context.RequestAborted);
        if (holder is null) return AuthenticateResult.Fail("Invalid API token.");
        var principal = cache.Find(holder);
        if (principal is null)
        {
            if (await tokens.UserAsync(holder.UserId) is not { } user) return AuthenticateResult.Fail("Invalid API token.");
            principal = await principals.CreateAsync(user);
            cache.Keep(holder, principal);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
