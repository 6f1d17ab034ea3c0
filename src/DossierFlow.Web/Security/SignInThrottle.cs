using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Security;

/// <summary>Settings of <see cref="SignInThrottle"/> (section "SignIn" of the settings).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in attempts one client address may make per window, whatever the account.</summary>
    public int ClientAttempts { get; set; } = 20;

    /// <summary>
    /// Sign-in attempts per window for one account name, from all clients together. Higher than
    /// <see cref="ClientAttempts"/>, so that a single client can never use up the real user's attempts.
    /// </summary>
    public int AccountAttempts { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Slows down password guessing with ASP.NET Core's rate limiters (System.Threading.RateLimiting), one fixed
/// window per client address and one per submitted account name, instead of locking accounts: a stranger can
/// only exhaust attempts, never shut the real user or the account's API tokens out. Every attempt counts, taken
/// before the password is checked, so parallel requests cannot slip past the limit. An unknown account name has
/// a window like any other, so being throttled says nothing about whether the account exists.
/// The windows live in this process: with several nodes each node counts on its own.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<Attempt> _limiter;
    private readonly TimeSpan _window;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var settings = options.Value;
        if (settings.ClientAttempts < 1 || settings.AccountAttempts < 1 || settings.Window <= TimeSpan.Zero)
            throw new InvalidOperationException($"{SignInThrottleOptions.Section}: ClientAttempts and AccountAttempts must be at least 1 and Window positive.");
        _window = settings.Window;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Attempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter(attempt.Client, _ => Window(settings.ClientAttempts))),
            PartitionedRateLimiter.Create<Attempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter(attempt.Account, _ => Window(settings.AccountAttempts))));
    }

    /// <summary>Counts one attempt; null when it may go ahead, otherwise how long to wait.</summary>
    public TimeSpan? Refuse(HttpContext context, string userName)
    {
        // The address after the forwarded-headers middleware: the real client behind a trusted proxy (HostingSetup).
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(new Attempt(client, userName.ToUpperInvariant()));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : _window;
    }

    public void Dispose() => _limiter.Dispose();

    private FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = _window, QueueLimit = 0 };

    public readonly record struct Attempt(string Client, string Account);
}
