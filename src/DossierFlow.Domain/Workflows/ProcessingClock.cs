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
    /// <summary>
    /// The last working day within the limit while the clock runs (null when paused, stopped or without a limit):
    /// stored so that a list can order and filter by it in the database. Every change of the clock recomputes it.
    /// </summary>
    public DateOnly? DueOn { get; private set; }
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
        DueOn = ComputeDueOn(calendar);
    }

    /// <summary>Fills <see cref="DueOn"/> for a clock stored before it existed.</summary>
    public void RefreshDueOn(WorkingCalendar calendar) => DueOn = ComputeDueOn(calendar);

    // A clock already over its limit is due the day before it started, so that it counts as overdue at once.
    private DateOnly? ComputeDueOn(WorkingCalendar calendar) =>
        (RunningSince, LimitWorkingDays) is ({ } since, { } limit)
            ? limit - UsedWorkingDays is var left and >= 0 ? calendar.AddWorkingDays(since, left) : since.AddDays(-1)
            : null;

    /// <summary>Whether the due date has passed.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today;

    public int Used(DateOnly today, WorkingCalendar calendar) =>
        UsedWorkingDays + (RunningSince is { } since ? calendar.WorkingDaysBetween(since, today) : 0);

    /// <summary>Working days left (negative when overdue), or null when no limit applies.</summary>
    public int? DaysLeft(DateOnly today, WorkingCalendar calendar) => LimitWorkingDays - Used(today, calendar);
}
