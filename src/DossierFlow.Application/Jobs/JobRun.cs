using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Jobs;

/// <summary>Running until finished; then succeeded, failed (the work threw), or interrupted (its process stopped first).</summary>
public enum JobRunStatus { Running, Succeeded, Failed, Interrupted }

/// <summary>
/// One run of the deadline sweep (scheduled, or the operator's command): when, by whom, the outcome, the error if any.
/// An interrupted run is finished with no outcome (<see cref="Succeeded"/> null) and the reason in <see cref="Error"/>.
/// </summary>
public sealed class JobRun
{
    private JobRun() { Job = Source = ""; }

    public JobRun(string job, string source, DateTime startedAt)
    {
        Id = Guid.CreateVersion7();
        Job = job;
        Source = source;
        StartedAt = startedAt;
    }

    public Guid Id { get; private set; }
    public string Job { get; private set; }
    /// <summary>"scheduler" for a firing (including an admin's "Trigger now" on the dashboard), "operator (as of …)" for a command.</summary>
    public string Source { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public bool? Succeeded { get; private set; }
    public string? Summary { get; private set; }
    public string? Error { get; private set; }

    public JobRunStatus Status => (FinishedAt, Succeeded) switch
    {
        (null, _) => JobRunStatus.Running,
        (_, true) => JobRunStatus.Succeeded,
        (_, false) => JobRunStatus.Failed,
        _ => JobRunStatus.Interrupted,
    };

    /// <summary>The status as of now: a run open past <see cref="JobRuns.Abandoned"/> has lost its process.</summary>
    public JobRunStatus StatusAt(DateTime now) =>
        Status == JobRunStatus.Running && StartedAt < now - JobRuns.Abandoned ? JobRunStatus.Interrupted : Status;

    /// <summary>The work begins now: the record was saved as running before, and the time taken to save it is not the work's.</summary>
    public void Start(DateTime now) => StartedAt = now;

    public void Finish(DateTime now, string summary) => (FinishedAt, Succeeded, Summary) = (now, true, summary);

    public void Fail(DateTime now, string error) => (FinishedAt, Succeeded, Error) = (now, false, Clip(error));

    /// <summary>Ends a run its process could not finish (shut down, or gone), so it never shows as running for ever.</summary>
    public void Interrupt(DateTime now, string reason) => (FinishedAt, Succeeded, Error) = (now, null, Clip(reason));

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] : text;
}

public static class JobRuns
{
    /// <summary>
    /// How long a run may show as running. A sweep takes seconds; a run still open after this has lost its process
    /// (killed, or the machine stopped) without being able to say so.
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromHours(2);

    /// <summary>Closes as interrupted the runs still open after <see cref="Abandoned"/>; true when there were any.</summary>
    public static Task<bool> CloseAbandonedAsync(IAppDb db, DateTime now, CancellationToken ct)
    {
        var startedBefore = now - Abandoned;
        return CloseAsync(db, db.JobRuns.Where(r => r.FinishedAt == null && r.StartedAt < startedBefore), now,
            $"Bị gián đoạn: chưa kết thúc sau {Abandoned.TotalHours:0} giờ, tiến trình chạy đã dừng.", ct);
    }

    /// <summary>
    /// Closes as interrupted every open run of a source at start-up, when this process is the only one that runs
    /// that source's jobs: any such run still open was started by a process that is gone.
    /// </summary>
    public static Task<bool> CloseOrphansAsync(IAppDb db, string source, DateTime now, CancellationToken ct) =>
        CloseAsync(db, db.JobRuns.Where(r => r.FinishedAt == null && r.Source == source), now,
            "Bị gián đoạn: tiến trình chạy đã dừng trước khi xong (máy chủ đã khởi động lại).", ct);

    private static async Task<bool> CloseAsync(IAppDb db, IQueryable<JobRun> open, DateTime now, string reason, CancellationToken ct)
    {
        var runs = await open.ToListAsync(ct);
        foreach (var run in runs) run.Interrupt(now, reason);
        if (runs.Count > 0) await db.SaveChangesAsync(ct);
        return runs.Count > 0;
    }

    /// <summary>A job's latest runs, newest first, for the sweeps page.</summary>
    public static async Task<IReadOnlyList<JobRun>> RecentAsync(IAppDb db, string job, int count, CancellationToken ct) =>
        await db.JobRuns.AsNoTracking().Where(r => r.Job == job).OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(ct);
}
