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

    [Fact]
    public void The_table_of_totals_counts_as_day_by_day_counting_does_inside_and_across_the_edges_of_its_years()
    {
        // Day by day, as the calendar counted before it kept running totals: the reference.
        int Between(DateOnly from, DateOnly to)
        {
            var count = 0;
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1)) if (Calendar.IsWorkingDay(day)) count++;
            return count;
        }
        DateOnly Add(DateOnly from, int days)
        {
            var day = from;
            for (var added = 0; added < days;) if (Calendar.IsWorkingDay(day = day.AddDays(1))) added++;
            return day;
        }
        var random = new Random(2026);
        for (var i = 0; i < 2000; i++)
        {
            // From mid-2025 to mid-2027: before, inside and after the table's one year.
            var from = new DateOnly(2025, 7, 1).AddDays(random.Next(730));
            var to = from.AddDays(random.Next(-20, 400));
            var days = random.Next(0, 300);
            Assert.Equal(Between(from, to), Calendar.WorkingDaysBetween(from, to));
            Assert.Equal(Add(from, days), Calendar.AddWorkingDays(from, days));
        }
    }
}
