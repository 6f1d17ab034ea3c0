using DossierFlow.Scheduling.Jobs;
using Quartz;

namespace DossierFlow.Scheduling;

/// <summary>The jobs this application schedules, with their triggers and Vietnamese titles (for the dashboard).</summary>
public static class ScheduledJobs
{
    public sealed record Entry(JobKey Job, TriggerKey Trigger, string Title, string Schedule);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(OutboxDispatchJob.Key, OutboxDispatchJob.Trigger, "Gửi thư trong hàng đợi", "định kỳ"),
        new(DeadlineSweepJob.Key, DeadlineSweepJob.Trigger, "Quét thời hạn, nhắc hạn, báo quá hạn", "hằng ngày (giờ Việt Nam)"),
    ];

    public sealed record Status(Entry Entry, string State, DateTime? NextFireUtc, DateTime? PreviousFireUtc);

    /// <summary>Each job's trigger state and firing times, or null when the scheduler does not run in this process.</summary>
    public static async Task<IReadOnlyList<Status>?> StatusAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService(typeof(ISchedulerFactory)) is not ISchedulerFactory factory) return null;
        var scheduler = await factory.GetScheduler(ct);
        var result = new List<Status>();
        foreach (var entry in All)
        {
            var trigger = await scheduler.GetTrigger(entry.Trigger, ct);
            var state = await scheduler.GetTriggerState(entry.Trigger, ct);
            result.Add(new Status(entry, state.ToString(), trigger?.NextFireTimeUtc?.UtcDateTime, trigger?.PreviousFireTimeUtc?.UtcDateTime));
        }
        return result;
    }

    public static async Task RunNowAsync(IServiceProvider services, JobKey job, CancellationToken ct)
    {
        var factory = (ISchedulerFactory?)services.GetService(typeof(ISchedulerFactory))
            ?? throw new Domain.Common.DomainException("scheduler-off", "Bộ lập lịch không chạy trên máy chủ này.");
        await (await factory.GetScheduler(ct)).TriggerJob(job, new JobDataMap(), ct);
    }
}
