using DossierFlow.Application.Workflows;

namespace DossierFlow.Persistence.Tests.Workflows;

public class CalendarFileTests
{
    private static readonly Domain.Calendar.WorkingCalendar Calendar = RepositoryFolders.Calendar();

    [Fact]
    public void The_shipped_calendar_covers_2024_to_2030() => Assert.Equal((2024, 2030), (Calendar.FirstYear, Calendar.LastYear));

    [Theory]
    [InlineData(2024, 2, 10)] // Tết Giáp Thìn
    [InlineData(2025, 1, 29)] // Tết Ất Tỵ
    [InlineData(2026, 2, 17)] // Tết Bính Ngọ
    [InlineData(2030, 2, 2)]  // Tết Canh Tuất by UTC+7 (03/02 by the Chinese calendar)
    [InlineData(2024, 4, 18)] // Giỗ Tổ 10/3 âm lịch
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    [InlineData(2026, 9, 2)]
    public void Lunar_and_fixed_holidays_are_holidays(int year, int month, int day) =>
        Assert.True(Calendar.IsHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void A_holiday_on_a_sunday_gives_the_monday_off()
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2026, 4, 26).DayOfWeek);
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 4, 27)));
    }

    [Fact]
    public void Tet_2026_takes_a_whole_week_out_of_a_working_day_count()
    {
        // Fri 13/02/2026 → Mon 23/02/2026: 16–20/02 are Tết, 21–22 the weekend.
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 23)));
    }
}
