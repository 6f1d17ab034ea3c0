namespace DossierFlow.Scheduling;

/// <summary>The "Scheduling" section, read when the host starts.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>
    /// Runs the scheduler in this process: registers the recurring jobs, enqueues a dispatch when mail is queued,
    /// and runs a Hangfire server (on SQLite only in the process that holds the jobs file's lock).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Five-field cron (minute hour day month weekday) of the daily deadline sweep, in Asia/Ho_Chi_Minh.</summary>
    public string SweepCron { get; set; } = "0 7 * * *";

    /// <summary>Five-field cron of the outbox pass that sends what a signal missed and the mails due for a retry.</summary>
    public string OutboxRetryCron { get; set; } = "* * * * *";

    /// <summary>Five-field cron of the digest of submitted dossiers to Sở Nội vụ (used with Mail:SubmissionNotices = HourlyDigest).</summary>
    public string SubmissionDigestCron { get; set; } = "0 * * * *";

    /// <summary>Hangfire's SQLite file on the embedded default; empty: beside the application's, "…-jobs.db".</summary>
    public string? SqliteFile { get; set; }
}
