using System.CommandLine;
using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence;

namespace DossierFlow.Web.Operator;

internal static class MailCommands
{
    private static readonly Option<DateOnly?> AsOf = new("--as-of")
    {
        HelpName = "dd/MM/yyyy",
        Description = "the day to sweep as of (default: today in Việt Nam); d/M/yyyy and yyyy-MM-dd are accepted too",
        CustomParser = result =>
        {
            if (VietnameseFormat.TryParseDate(result.Tokens.Single().Value, out var day)) return day;
            result.AddError("--as-of takes a date as dd/MM/yyyy.");
            return null;
        },
    };
    private static readonly Option<string> To = OperatorCommands.Required("--to", "ADDRESS", "the recipient of the test mail");

    public static Command CreateSweep(IServiceProvider services)
    {
        var command = new Command("sweep-deadlines", "queue reminders and late notices as of a day (default today), then dispatch") { AsOf };
        command.SetAction(OperatorCommands.InScope(services, (scope, args) => SweepAsync(scope, args.GetValue(AsOf))));
        return command;
    }

    public static Command CreateDispatch(IServiceProvider services)
    {
        var command = new Command("dispatch-outbox", "send the mails that are due now");
        command.SetAction(OperatorCommands.InScope(services, (scope, _) => DispatchAsync(scope)));
        return command;
    }

    public static Command CreateTestMail(IServiceProvider services)
    {
        var command = new Command("send-test-mail", "queue and send one Vietnamese test mail") { To };
        command.SetAction(OperatorCommands.InScope(services, (scope, args) => TestMailAsync(scope, args.GetRequiredValue(To))));
        return command;
    }

    /// <summary>Runs the deadline sweep as of a day, for rehearsal or after downtime; the real clock is not changed.</summary>
    private static async Task<int> SweepAsync(IServiceProvider services, DateOnly? asOf)
    {
        var day = asOf ?? VietnameseFormat.Today(services.GetRequiredService<TimeProvider>());
        SweepResult? result = null;
        await Scheduling.JobRunRecorder.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>(),
            Scheduling.RecurringJobs.DeadlineSweep, $"operator (as of {VietnameseFormat.Date(day)})", async work =>
            {
                result = await work.GetRequiredService<IUnitOfWork>().RunAsync(() => work.GetRequiredService<SweepDeadlines>().HandleAsync(day));
                return Scheduling.Jobs.DeadlineSweepSummary.Of(day, result);
            }, CancellationToken.None);
        Console.WriteLine($"Sweep as of {VietnameseFormat.Date(day)}: queued {result!.Reminders} reminder(s), {result.LateNotices} late notice(s), {result.Digests} digest(s).");
        return await DispatchAsync(services);
    }

    private static async Task<int> DispatchAsync(IServiceProvider services)
    {
        var total = await services.GetRequiredService<DispatchOutbox>().DispatchAllAsync();
        Console.WriteLine($"Outbox: sent {total.Sent}, will retry {total.Retrying}, dead {total.Dead}.");
        return total.Dead > 0 ? 1 : 0;
    }

    private static async Task<int> TestMailAsync(IServiceProvider services, string to)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage($"test:{Guid.NewGuid():N}", [to], "[DossierFlow] Thư thử nghiệm tiếng Việt có dấu",
            "Xin chào! Đây là thư thử nghiệm của hệ thống DossierFlow: Ủy ban nhân dân tỉnh, Sở Nội vụ, Hội đồng Thi đua - Khen thưởng.", now));
        await db.SaveChangesAsync();
        return await DispatchAsync(services);
    }
}
