using System.Collections.Concurrent;
using System.Security.Claims;

namespace DossierFlow.Web.Security;

/// <summary>
/// The claims of recently used API tokens, for a minute, so that a busy client does not make Identity read the
/// account, its roles and its claims on every request. An entry counts only while the account's security stamp is
/// the one it was built with: the stamp is read with the token on every request (<see cref="ApiTokens.CheckAsync"/>),
/// and locking an account, removing a role or resetting a password changes it, so a revocation counts at once, on
/// every node. Only tokens that passed the check are kept, so guessed tokens cannot fill it.
/// </summary>
public sealed class ApiTokenPrincipals(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private sealed record Entry(string UserId, string SecurityStamp, ClaimsPrincipal Principal, DateTimeOffset Until);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>A copy of the cached claims, or null when there are none for this account and stamp, or they are too old.</summary>
    public ClaimsPrincipal? Find(ApiTokens.Holder holder)
    {
        if (!_entries.TryGetValue(holder.TokenId, out var entry)) return null;
        if (entry.UserId == holder.UserId && entry.SecurityStamp == holder.SecurityStamp && entry.Until > clock.GetUtcNow())
            return entry.Principal.Clone();
        _entries.TryRemove(new KeyValuePair<string, Entry>(holder.TokenId, entry));
        return null;
    }

    public void Keep(ApiTokens.Holder holder, ClaimsPrincipal principal)
    {
        var now = clock.GetUtcNow();
        // Expired entries of tokens no longer used are dropped now and then, so the map holds only recent tokens.
        if (_entries.Count > 1000)
            foreach (var (id, old) in _entries)
                if (old.Until <= now) _entries.TryRemove(new KeyValuePair<string, Entry>(id, old));
        _entries[holder.TokenId] = new Entry(holder.UserId, holder.SecurityStamp, principal.Clone(), now + Lifetime);
    }

    /// <summary>Forgets a token at once (an invalid or refused one).</summary>
    public void Forget(string tokenId) => _entries.TryRemove(tokenId, out _);
}
