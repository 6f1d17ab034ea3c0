namespace DossierFlow.Scheduling;

/// <summary>The "Scheduling" section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Runs the Quartz scheduler in this process (operators may turn it off on some web nodes).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron (seconds first) of the daily sweep, in Asia/Ho_Chi_Minh: 07:00 every day.</summary>
    public string SweepCron { get; set; } = "0 0 7 * * ?";

    public int DispatchEverySeconds { get; set; } = 30;
}
