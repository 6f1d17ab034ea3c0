using System.Linq.Expressions;
using DossierFlow.Application.Common;
using DossierFlow.Scheduling.Jobs;
using Hangfire;

namespace DossierFlow.Scheduling;

/// <summary>
/// The recurring jobs, registered at start under fixed ids (a second start updates them, never duplicates them),
/// their cron read in Việt Nam time. After downtime a missed firing runs once, as soon as a server is back
/// (Hangfire's relaxed misfire handling), not once per missed occurrence.
/// </summary>
public static class RecurringJobs
{
    public const string DeadlineSweep = "deadline-sweep";
    public const string OutboxRetry = "outbox-retry";
    public const string SubmissionDigest = "submission-digest";

    public static void Register(IRecurringJobManager manager, SchedulingOptions options)
    {
        Add<DeadlineSweepJob>(manager, DeadlineSweep, nameof(options.SweepCron), options.SweepCron, job => job.RunAsync(CancellationToken.None));
        Add<OutboxDispatchJob>(manager, OutboxRetry, nameof(options.OutboxRetryCron), options.OutboxRetryCron, job => job.RunAsync(CancellationToken.None));
        Add<SubmissionDigestJob>(manager, SubmissionDigest, nameof(options.SubmissionDigestCron), options.SubmissionDigestCron,
            job => job.RunAsync(CancellationToken.None));
    }

    private static void Add<TJob>(IRecurringJobManager manager, string id, string setting, string cron, Expression<Func<TJob, Task>> run)
    {
        try
        {
            manager.AddOrUpdate(id, run, cron, new RecurringJobOptions { TimeZone = VietnameseFormat.TimeZone, MisfireHandling = MisfireHandlingMode.Relaxed });
        }
        catch (ArgumentException e) when (e.ParamName == "cronExpression")
        {
            throw new InvalidOperationException(
                $"{SchedulingOptions.Section}:{setting} \"{cron}\" is not a valid cron expression: {e.InnerException?.Message ?? e.Message} "
                + "Write minute hour day-of-month month day-of-week, e.g. \"0 7 * * *\" for 07:00 every day.", e);
        }
    }
}
