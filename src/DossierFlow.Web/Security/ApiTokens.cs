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

    /// <summary>What a request needs to know about a valid token: its id, its account and the account's security stamp.</summary>
    public sealed record Holder(string TokenId, string UserId, string SecurityStamp);

    /// <summary>
    /// The token's account, read with the token in one indexed query on every request (so a deleted token, a locked
    /// account or a new security stamp counts at once on every node); null for an unknown, malformed or locked-out one.
    /// </summary>
    public async Task<Holder?> CheckAsync(string token, DateTimeOffset now, CancellationToken ct)
    {
        var parts = token.Split('_');
        if (parts is not ["df", var id, var secret]) return null;
        var stored = await (from t in db.UserTokens.AsNoTracking()
                            where t.LoginProvider == Provider && t.Name == id
                            join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                            select new { t.Value, t.UserId, u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        if (stored?.Value is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.Value), Encoding.ASCII.GetBytes(Hash(secret))))
            return null;
        if (stored.LockoutEnabled && stored.LockoutEnd > now) return null;
        return new Holder(id, stored.UserId, stored.SecurityStamp ?? "");
    }

    /// <summary>The account itself, to build its claims when they are not cached.</summary>
    public Task<ApplicationUser?> UserAsync(string userId) => users.FindByIdAsync(userId);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
