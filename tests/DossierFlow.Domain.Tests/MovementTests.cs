using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;

namespace DossierFlow.Domain.Tests;

public class MovementTests
{
    private static Movement NewMovement() =>
        Movement.Create("Vì người nghèo - Không để ai bị bỏ lại phía sau", "146/KH-UBND",
            new DateOnly(2022, 10, 12), 2021, 2025);

    [Fact]
    public void A_yearly_deadline_falls_on_its_day_every_year()
    {
        var movement = NewMovement();
        var deadline = movement.AddDeadline("unit-report", "Báo cáo kết quả thực hiện", 12, 1, null, LatePolicy.AcceptAndMarkLate);

        Assert.Equal(new DateOnly(2024, 12, 1), deadline.DueIn(2024));
        Assert.Equal(new DateOnly(2025, 12, 1), deadline.DueIn(2025));
    }

    [Fact]
    public void A_one_off_deadline_exists_only_in_its_year()
    {
        var movement = NewMovement();
        var deadline = movement.AddDeadline("final-review", "Hồ sơ tổng kết", 5, 5, 2025, LatePolicy.Refuse);
        Assert.Equal(new DateOnly(2025, 5, 5), deadline.DueIn(2025));
        Assert.Null(deadline.DueIn(2024));
    }

    [Theory]
    [InlineData(2, 29, null)]
    [InlineData(13, 1, null)]
    [InlineData(4, 31, null)]
    [InlineData(12, 1, 2030)]
    public void Refuses_impossible_deadline_dates(int month, int day, int? year)
    {
        var movement = NewMovement();
        Assert.Throws<DomainException>(() =>
            movement.AddDeadline("unit-report", "Báo cáo", month, day, year, LatePolicy.AcceptAndMarkLate));
        Assert.Empty(movement.Deadlines);
    }

    [Fact]
    public void Deadline_codes_are_unique_within_a_movement()
    {
        var movement = NewMovement();
        movement.AddDeadline("unit-report", "Báo cáo", 12, 1, null, LatePolicy.AcceptAndMarkLate);
        var error = Assert.Throws<DomainException>(() =>
            movement.AddDeadline("unit-report", "Báo cáo lần hai", 12, 15, null, LatePolicy.AcceptAndMarkLate));
        Assert.Equal("deadline-duplicate", error.Code);
    }

    [Fact]
    public void The_period_cannot_shrink_past_an_existing_phase()
    {
        var movement = NewMovement();
        movement.AddPhase(PhaseKind.Final, 2025, "Tổng kết giai đoạn 2021 - 2025");
        var error = Assert.Throws<DomainException>(() =>
            movement.Update(movement.Title, movement.PlanNumber, movement.PlanDate, 2021, 2024));
        Assert.Equal("movement-period-excludes-phase", error.Code);
        Assert.Equal(2025, movement.EndYear);
    }

    [Theory]
    [InlineData("146/KH-UBND", true)]
    [InlineData("417/KH-UBND", true)]
    [InlineData("KH-UBND", false)]
    [InlineData("146", false)]
    public void Plan_numbers_follow_the_number_slash_symbol_form(string plan, bool valid)
    {
        var movement = NewMovement();
        var act = () => movement.Update(movement.Title, plan, movement.PlanDate, 2021, 2025);
        if (valid) act(); else Assert.Throws<DomainException>(act);
    }

    [Fact]
    public void Reminder_days_default_to_14_7_3_1_and_are_configurable_per_deadline()
    {
        var movement = NewMovement();
        Assert.Equal([14, 7, 3, 1], movement.AddDeadline("unit-report", "Báo cáo", 12, 1, null, LatePolicy.Refuse).ReminderDays);
        Assert.Equal([10, 5], movement.AddDeadline("dossier-submission", "Hồ sơ", 12, 15, null, LatePolicy.Refuse, [5, 10]).ReminderDays);
        Assert.Throws<DomainException>(() => movement.AddDeadline("other", "Khác", 11, 20, null, LatePolicy.Refuse, [0]));

        var report = movement.Deadlines.Single(d => d.Code == "dossier-submission");
        movement.ChangeDeadline(report.Id, "Hồ sơ đề nghị", 12, 16, null, LatePolicy.AcceptAndMarkLate);
        Assert.Equal([10, 5], report.ReminderDays); // a change that names no days keeps the deadline's own
    }
}
