using DossierFlow.Domain.Calendar;

namespace DossierFlow.Domain.Workflows;

/// <summary>
/// The SLA clock of a subject in working days. It runs from the day a transition starts it, pauses while the
/// subject is back with the unit (returned for supplements) and resumes where it stopped.
/// </summary>
public sealed class ProcessingClock
{
    public DateOnly? RunningSince { get; private set; }
    public int UsedWorkingDays { get; private set; }
    public int? LimitWorkingDays { get; private set; }
    public bool IsPaused => RunningSince is null && LimitWorkingDays is not null;

    internal void Apply(ClockChange change, int? targetStateLimit, DateOnly today, WorkingCalendar calendar)
    {
        switch (change)
        {
            case ClockChange.Start when IsPaused:
                RunningSince = today;
                LimitWorkingDays = targetStateLimit ?? LimitWorkingDays;
                break;
            case ClockChange.Start:
                RunningSince = today;
                UsedWorkingDays = 0;
                LimitWorkingDays = targetStateLimit;
                break;
            case ClockChange.Pause when RunningSince is { } since:
                UsedWorkingDays += calendar.WorkingDaysBetween(since, today);
                RunningSince = null;
                break;
            case ClockChange.Stop:
                RunningSince = null;
                UsedWorkingDays = 0;
                LimitWorkingDays = null;
                break;
        }
    }

    public int Used(DateOnly today, WorkingCalendar calendar) =>
        UsedWorkingDays + (RunningSince is { } since ? calendar.WorkingDaysBetween(since, today) : 0);

    /// <summary>Working days left (negative when overdue), or null when no limit applies.</summary>
    public int? DaysLeft(DateOnly today, WorkingCalendar calendar) => LimitWorkingDays - Used(today, calendar);
}
