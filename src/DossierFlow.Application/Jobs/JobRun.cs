using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Jobs;

/// <summary>One run of the deadline sweep (scheduled, or the operator's command): when, by whom, the outcome, the error if any.</summary>
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

    public void Finish(DateTime now, string summary) => (FinishedAt, Succeeded, Summary) = (now, true, summary);

    public void Fail(DateTime now, string error) => (FinishedAt, Succeeded, Error) = (now, false, error.Length > 2000 ? error[..2000] : error);
}

/// <summary>A job's latest runs, newest first, for the sweeps page.</summary>
public static class JobRuns
{
    public static async Task<IReadOnlyList<JobRun>> RecentAsync(IAppDb db, string job, int count, CancellationToken ct) =>
        await db.JobRuns.AsNoTracking().Where(r => r.Job == job).OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(ct);
}
