using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Security;

/// <summary>
/// Checks a user name and password so that an unknown account costs what a wrong password costs: one look-up
/// and one password hash verification (against a throwaway hash when there is no account or no password), and
/// the same null answer. Failures are not counted on the account: nobody but an administrator locks it.
/// </summary>
public sealed class PasswordCheck(UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new("nobody", null, "-", null, Guid.NewGuid());
    private static string? _dummyHash;

    /// <summary>The account when the password is right, otherwise null.</summary>
    public async Task<ApplicationUser?> VerifyAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(Nobody, DummyHash(), password);
            return null;
        }
        return await users.CheckPasswordAsync(user, password) ? user : null;
    }

    // Made by the configured hasher, so it costs as many iterations as a real account's hash.
    private string DummyHash() =>
        _dummyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
