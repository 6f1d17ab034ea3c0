using System.Text.RegularExpressions;
using DossierFlow.Application.Jobs;
using DossierFlow.Scheduling;
using DossierFlow.Scheduling.Jobs;

namespace DossierFlow.Web.Pages.Admin.Sweeps;

/// <summary>
/// The deadline sweep's runs with their outcome (how many reminders, late notices and digests each queued) and
/// their source: the scheduler, or an operator's sweep-deadlines command as of a day. Hangfire's dashboard
/// (/Admin/Jobs) shows the jobs themselves.
/// </summary>
public sealed partial class IndexModel(DossierFlow.Application.Common.IAppDb db, TimeProvider clock) : AppPageModel
{
    public IReadOnlyList<JobRun> Runs { get; private set; } = [];

    /// <summary>Reading time: a run whose process died shows as interrupted (derived, the page writes nothing).</summary>
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Runs = await JobRuns.RecentAsync(db, RecurringJobs.DeadlineSweep, 50, ct);
    }

    public static string StatusTitle(JobRunStatus status) => status switch
    {
        JobRunStatus.Succeeded => "Thành công",
        JobRunStatus.Failed => "Thất bại",
        JobRunStatus.Interrupted => "Bị gián đoạn",
        _ => "Đang chạy",
    };

    public static string SourceTitle(string source) =>
        source == DeadlineSweepJob.Source ? "Theo lịch"
        : OperatorSource().Match(source) is { Success: true } m ? $"Lệnh sweep-deadlines, tính đến ngày {m.Groups[1].Value}"
        : source;

    [GeneratedRegex(@"^operator \(as of ([0-9/]+)\)$")]
    private static partial Regex OperatorSource();
}
