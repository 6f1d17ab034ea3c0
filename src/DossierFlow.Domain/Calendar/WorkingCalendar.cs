namespace DossierFlow.Domain.Calendar;

/// <summary>
/// Working days in Việt Nam: Monday to Friday, less public holidays, plus the Saturdays or Sundays the
/// government declares working days when it swaps them for a bridge holiday. The dates come from a data file
/// (workflows/calendar), because Tết and Giỗ Tổ follow the lunar calendar and swaps are announced yearly.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workingWeekendDays, int firstYear, int lastYear)
{
    private readonly HashSet<DateOnly> _holidays = holidays.ToHashSet();
    private readonly HashSet<DateOnly> _workingWeekendDays = workingWeekendDays.ToHashSet();

    public int FirstYear { get; } = firstYear;
    public int LastYear { get; } = lastYear;

    public bool IsHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_workingWeekendDays.Contains(date)) return true;
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return !_holidays.Contains(date);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 if to ≤ from).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var day = from;
        for (var added = 0; added < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) added++;
        }
        return day;
    }
}
