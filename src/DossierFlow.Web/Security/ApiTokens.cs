using System.Security.Cryptography;
using System.Text;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Security;

/// <summary>
/// Bearer tokens for service accounts, kept in Identity's user-token table: the token's public id is the
/// row's name and only the SHA-256 of its secret is stored. A token is "df_{id}_{secret}".
/// </summary>
public sealed class ApiTokens(AppDbContext db, UserManager<ApplicationUser> users)
{
    public const string Provider = "DossierFlow.ApiToken";

    public async Task<string> IssueAsync(ApplicationUser user)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var result = await users.SetAuthenticationTokenAsync(user, Provider, id, Hash(secret));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return $"df_{id}_{secret}";
    }

    /// <summary>The user the token belongs to, or null for an unknown, malformed or locked-out one.</summary>
    public async Task<ApplicationUser?> FindUserAsync(string token, CancellationToken ct)
    {
        var parts = token.Split('_');
        if (parts is not ["df", var id, var secret]) return null;
        var stored = await db.UserTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.LoginProvider == Provider && t.Name == id, ct);
        if (stored?.Value is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.Value), Encoding.ASCII.GetBytes(Hash(secret))))
            return null;
        var user = await users.FindByIdAsync(stored.UserId);
        return user is null || await users.IsLockedOutAsync(user) ? null : user;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
