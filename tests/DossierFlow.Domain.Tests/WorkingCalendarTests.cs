using DossierFlow.Domain.Calendar;

namespace DossierFlow.Domain.Tests;

public class WorkingCalendarTests
{
    // Tết 2026: 16–20/02 off; a Saturday swapped into a working day for the test.
    private static readonly WorkingCalendar Calendar = new(
        [new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18), new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 20)],
        [new DateOnly(2026, 2, 28)], 2026, 2026);

    [Fact]
    public void Weekends_and_holidays_are_not_working_days_but_a_swapped_saturday_is()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, 21)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
    }

    [Fact]
    public void Counting_across_tet_skips_the_whole_holiday()
    {
        // Fri 13/02 → Mon 23/02: only Monday counts.
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 23)));
        Assert.Equal(new DateOnly(2026, 2, 24), Calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 2));
    }
}
