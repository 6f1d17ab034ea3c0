using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Reports;
using I = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Domain.Tests;

public class IndicatorTests
{
    private static MovementReport NewReport()
    {
        var unit = Build.Organisation("UBND-H-TD");
        var movement = Build.Movement(unit, Build.Award());
        var workflow = Build.Workflow();
        return MovementReport.Create(movement, unit, 2023, workflow, Build.Now, "user-1");
    }

    private static Dictionary<string, decimal> Consistent() => new()
    {
        [I.HouseholdsStart] = 20_000, [I.PoorStart] = 1_000, [I.NearPoorStart] = 800, [I.PovertyRateStart] = 5.00m,
        [I.HouseholdsEnd] = 20_000, [I.PoorEnd] = 440, [I.NearPoorEnd] = 700, [I.PovertyRateEnd] = 2.20m,
        [I.PovertyRateReduction] = 2.80m,
    };

    [Fact]
    public void Consistent_indicators_become_version_one_then_two_and_move_the_revision()
    {
        var report = NewReport();
        var first = report.SetIndicators(1, 0, Consistent(), IndicatorSource.Form, Build.Now, "user-1");
        var second = report.SetIndicators(2, first.Version, Consistent(), IndicatorSource.Import, Build.Now, "user-1");

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(3, report.Revision);
        Assert.Equal(2.80m, second.Value(I.PovertyRateReduction));
        Assert.Equal(report.Id, second.ReportId);
    }

    [Theory]
    [InlineData(I.PovertyRateEnd, 101, I.PovertyRateEnd)]
    [InlineData(I.PoorEnd, -1, I.PoorEnd)]
    [InlineData(I.PoorEnd, 12.5, I.PoorEnd)]
    [InlineData(I.PovertyRateStart, 2.345, I.PovertyRateStart)]
    // More poor households than households.
    [InlineData(I.PoorStart, 25_000, I.PoorStart)]
    // Poor and near-poor together beyond the total.
    [InlineData(I.NearPoorStart, 19_500, I.NearPoorStart)]
    // A rate that the counts do not give (1,000 / 20,000 = 5 %).
    [InlineData(I.PovertyRateStart, 4.5, I.PovertyRateStart)]
    // A drop claimed that start and end do not show.
    [InlineData(I.PovertyRateReduction, 3.1, I.PovertyRateReduction)]
    public void Refuses_a_value_out_of_range_or_inconsistent_naming_its_indicator_and_changes_nothing(string code, double value, string blamed)
    {
        var report = NewReport();
        var values = Consistent();
        values[code] = (decimal)value;

        var refused = Assert.Throws<IndicatorDataException>(() => report.SetIndicators(1, 0, values, IndicatorSource.Form, Build.Now, "user-1"));

        Assert.Contains(refused.Problems, p => p.Code == blamed);
        Assert.Equal(1, report.Revision);
    }

    [Fact]
    public void A_drop_claimed_while_the_rate_rose_is_refused_on_the_end_rate()
    {
        var values = new Dictionary<string, decimal> { [I.PovertyRateStart] = 3m, [I.PovertyRateEnd] = 3.5m, [I.PovertyRateReduction] = 0.5m };
        var problems = IndicatorValidation.Problems(values);
        Assert.Equal(I.PovertyRateEnd, Assert.Single(problems).Code);
    }

    [Fact]
    public void An_unknown_indicator_is_refused_by_its_code()
    {
        var problems = IndicatorValidation.Problems(new Dictionary<string, decimal> { ["ho-giau"] = 3 });
        Assert.Equal("ho-giau", Assert.Single(problems).Code);
    }

    [Fact]
    public void Indicators_cannot_change_once_the_unit_submitted_the_report()
    {
        var report = NewReport();
        var workflow = Build.Workflow();
        var leader = new Access.Actor("u-leader", "Lãnh đạo đơn vị", report.OrganisationId, new HashSet<string> { "unit-leader" });
        report.Apply(workflow, new Workflows.TransitionDecision(workflow.Transitions[0], "unit-leader", false), leader, null, Guid.NewGuid(), 1,
            Build.Now, new DateOnly(2026, 11, 21), new Calendar.WorkingCalendar([], [], 2026, 2026));

        var refused = Assert.Throws<DomainException>(() => report.SetIndicators(report.Revision, 0, Consistent(), IndicatorSource.Form, Build.Now, "user-1"));
        Assert.Equal("dossier-not-editable", refused.Code);
    }

    [Fact]
    public void A_discipline_record_refuses_a_future_date_and_a_malformed_cccd()
    {
        var today = new DateOnly(2026, 11, 21);
        Assert.Equal("discipline-date-future", Assert.Throws<DomainException>(() => DisciplineRecord.ForCollective(Guid.NewGuid(),
            DisciplineLevel.Reprimand, today.AddDays(1), null, null, today, Build.Now, "u")).Code);
        Assert.Equal("discipline-identity-invalid", Assert.Throws<DomainException>(() => DisciplineRecord.ForPerson(Guid.NewGuid(),
            "Nguyễn Văn An", null, "0791", null, DisciplineLevel.Warning, today, null, null, today, Build.Now, "u")).Code);
        var record = DisciplineRecord.ForPerson(Guid.NewGuid(), " Nguyễn Văn An ", null, "079190001234", null, DisciplineLevel.Warning,
            new DateOnly(2024, 3, 1), "12/QĐ-UBND", "Vi phạm quy chế", today, Build.Now, "u");
        Assert.Equal("Nguyễn Văn An", record.PersonName);
        Assert.False(record.IsCollective);
    }
}
