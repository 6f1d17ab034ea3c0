using DossierFlow.Scheduling;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Jobs;

/// <summary>The scheduled jobs: trigger state, next and last firing, and "run now".</summary>
public sealed class IndexModel(IServiceProvider services, DossierFlow.Application.Common.IAppDb db) : AppPageModel
{
    public IReadOnlyList<ScheduledJobs.Status>? Jobs { get; private set; }
    public IReadOnlyList<DossierFlow.Application.Jobs.JobRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Jobs = await ScheduledJobs.StatusAsync(services, ct);
        Runs = await DossierFlow.Application.Jobs.JobRuns.RecentAsync(db, 30, ct);
    }

    public Task<IActionResult> OnPostRunAsync(string name, string group, CancellationToken ct) =>
        RunAsync(() => ScheduledJobs.RunNowAsync(services, new Quartz.JobKey(name, group), ct),
            () => { TempData["Message"] = "Đã yêu cầu chạy ngay."; return RedirectToPage(); },
            async () => { await OnGetAsync(ct); return Page(); });
}
