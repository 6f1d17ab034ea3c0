namespace DossierFlow.Web.Tests;

/// <summary>
/// The application's clock in the web tests: the real time, moved forward when a test needs a session to have
/// started (attendance and votes are taken only from the session's start time); never back.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    /// <summary>Moves the clock to <paramref name="utc"/> when it is still ahead.</summary>
    public void MoveTo(DateTime utc)
    {
        var ahead = utc - GetUtcNow().UtcDateTime;
        if (ahead > TimeSpan.Zero) _offset += ahead;
    }

    /// <summary>Moves the clock to a session's start given in Việt Nam's time (UTC+7), a second past it.</summary>
    public void MoveToLocal(DateTime local) => MoveTo(local.AddHours(-7).AddSeconds(1));
}
