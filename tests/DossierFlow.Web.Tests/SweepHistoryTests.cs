using DossierFlow.Scheduling;
using DossierFlow.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>The sweep history page: each run of the deadline sweep, where it came from and what it queued.</summary>
public class SweepHistoryTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_page_lists_a_scheduled_and_an_operator_sweep_with_the_mails_each_queued()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<DeadlineSweepJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        var asOf = new DateOnly(DateTime.UtcNow.Year, 12, 3);
        await JobRunRecorder.RunAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, RecurringJobs.DeadlineSweep,
            $"operator (as of {asOf:dd/MM/yyyy})", async services => DeadlineSweepSummary.Of(asOf,
                await Application.Common.UnitOfWorkExtensions.RunAsync(services.GetRequiredService<Application.Common.IUnitOfWork>(),
                    () => services.GetRequiredService<Application.Deadlines.SweepDeadlines>().HandleAsync(asOf))), CancellationToken.None);

        var html = await (await SignIn.AsAsync(app, "quantri")).GetStringAsync("/Admin/Sweeps");

        Assert.Contains("Theo lịch", html);
        Assert.Contains($"Lệnh sweep-deadlines, tính đến ngày {asOf:dd/MM/yyyy}", html);
        // What each queued depends on today's date (the scheduled one sweeps as of today); both outcomes are shown.
        var runs = await Demo.QueryAsync(app, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.JobRuns));
        Assert.Equal(2, runs.Count);
        Assert.All(runs, run => Assert.Matches(@"^ngày \d\d/\d\d/\d{4}: \d+ thư nhắc hạn, \d+ thư báo quá hạn, \d+ thư tổng hợp$", run.Summary));
        Assert.All(runs, run => Assert.Contains(run.Summary!, html));
    }
}
