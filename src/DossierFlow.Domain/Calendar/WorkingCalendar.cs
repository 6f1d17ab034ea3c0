namespace DossierFlow.Domain.Calendar;

/// <summary>
/// Working days in Việt Nam: Monday to Friday, less public holidays, plus the Saturdays or Sundays the
/// government declares working days when it swaps them for a bridge holiday. The dates come from a data file
/// (workflows/calendar), because Tết and Giỗ Tổ follow the lunar calendar and swaps are announced yearly.
/// </summary>
/// <remarks>
/// Between <see cref="FirstYear"/> and <see cref="LastYear"/> days are counted from a table of running totals
/// instead of one by one: a list computes working days left for every row, and a clock may have run for years.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekendDays;
    private readonly DateOnly _origin;
    // _before[i]: working days from _origin up to, not including, _origin + i days.
    private readonly int[] _before;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workingWeekendDays, int firstYear, int lastYear)
    {
        _holidays = holidays.ToHashSet();
        _workingWeekendDays = workingWeekendDays.ToHashSet();
        (FirstYear, LastYear) = (firstYear, lastYear);
        _origin = new DateOnly(firstYear, 1, 1);
        var days = lastYear >= firstYear ? new DateOnly(lastYear, 12, 31).DayNumber - _origin.DayNumber + 1 : 0;
        _before = new int[days + 1];
        for (var i = 0; i < days; i++) _before[i + 1] = _before[i] + (IsWorkingDay(_origin.AddDays(i)) ? 1 : 0);
    }

    public int FirstYear { get; }
    public int LastYear { get; }

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
        if (to <= from) return 0;
        if (Index(from) is { } start && Index(to) is { } end) return _before[end] - _before[start];
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        if (workingDays > 0 && Index(from) is { } start && _before[start] + workingDays <= _before[^1])
        {
            // The first day whose running total reaches the target: the search finds the index after it.
            var found = Array.BinarySearch(_before, start, _before.Length - start, _before[start] + workingDays);
            while (found > start && _before[found - 1] == _before[start] + workingDays) found--; // equal totals: the earliest
            return _origin.AddDays(found - 1);
        }
        var day = from;
        for (var added = 0; added < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) added++;
        }
        return day;
    }

    // The table index just after a day (the total up to and including it), or null outside the table's years.
    private int? Index(DateOnly day) =>
        day.DayNumber - _origin.DayNumber + 1 is var i && i >= 0 && i < _before.Length ? i : null;
}
