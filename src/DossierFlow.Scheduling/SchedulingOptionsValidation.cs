using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling;

/// <summary>
/// Refuses a cron that is not five fields, at start and with the setting's name. Quartz's format (seconds first,
/// "0 0 7 * * ?") was read before Hangfire and is refused with the way to write it now; the fields themselves
/// are checked when the recurring jobs are registered (<see cref="RecurringJobs"/>).
/// </summary>
internal sealed class SchedulingOptionsValidation : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var failures = new[] { Check("SweepCron", options.SweepCron), Check("OutboxRetryCron", options.OutboxRetryCron),
            Check("SubmissionDigestCron", options.SubmissionDigestCron) }.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Check(string setting, string? cron)
    {
        var fields = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return fields == 5 ? null
            : $"{SchedulingOptions.Section}:{setting} \"{cron}\" has {fields} field(s); write a five-field cron: minute hour day-of-month month day-of-week, "
              + "in Việt Nam time (e.g. \"0 7 * * *\" for 07:00 every day). The Quartz form with seconds first (\"0 0 7 * * ?\") is no longer read.";
    }
}
