using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;

namespace DossierFlow.Web.Operator;

internal static class MailCommands
{
    /// <summary>Runs the deadline sweep as of a day, for rehearsal or after downtime; the real clock is not changed.</summary>
    public static async Task<int> SweepAsync(IServiceProvider services, OperatorArgs args)
    {
        var day = VietnameseFormat.Today(services.GetRequiredService<TimeProvider>());
        if (args.Optional("as-of") is { } text && !VietnameseFormat.TryParseDate(text, out day))
            throw new OperatorUsageException("--as-of takes a date as dd/MM/yyyy.");
        SweepResult? result = null;
        await Scheduling.JobRunRecorder.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>(),
            Scheduling.RecurringJobs.DeadlineSweep, $"operator (as of {VietnameseFormat.Date(day)})", async work =>
            {
                result = await work.GetRequiredService<SweepDeadlines>().HandleAsync(day);
                return Scheduling.Jobs.DeadlineSweepSummary.Of(day, result);
            }, CancellationToken.None);
        Console.WriteLine($"Sweep as of {VietnameseFormat.Date(day)}: queued {result!.Reminders} reminder(s), {result.LateNotices} late notice(s), {result.Digests} digest(s).");
        return await DispatchAsync(services, args);
    }

    public static async Task<int> DispatchAsync(IServiceProvider services, OperatorArgs args)
    {
        var total = await services.GetRequiredService<DispatchOutbox>().DispatchAllAsync();
        Console.WriteLine($"Outbox: sent {total.Sent}, will retry {total.Retrying}, dead {total.Dead}.");
        return total.Dead > 0 ? 1 : 0;
    }

    public static async Task<int> TestMailAsync(IServiceProvider services, OperatorArgs args)
    {
        var to = args.Required("to");
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage($"test:{Guid.NewGuid():N}", [to], "[DossierFlow] Thư thử nghiệm tiếng Việt có dấu",
            "Xin chào! Đây là thư thử nghiệm của hệ thống DossierFlow: Ủy ban nhân dân tỉnh, Sở Nội vụ, Hội đồng Thi đua - Khen thưởng.", now));
        await db.SaveChangesAsync();
        return await DispatchAsync(services, args);
    }
}
