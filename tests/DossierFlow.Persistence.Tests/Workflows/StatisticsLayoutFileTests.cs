using DossierFlow.Application.Reports.Statistics;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Persistence.Tests.Workflows;

/// <summary>The statistics layout shipped in workflows/statistics/ loads; a broken one is refused with every problem's position.</summary>
public class StatisticsLayoutFileTests
{
    [Fact]
    public void The_shipped_layout_loads_with_the_five_tables_of_the_06xx_series()
    {
        var layout = StatisticsLayoutFile.Load(Path.Combine(RepositoryFolders.Workflows, StatisticsLayoutFile.PathInWorkflowsFolder));

        Assert.Equal(["0601.N/BNV-TĐKT", "0602.N/BNV-TĐKT", "0603.N/BNV-TĐKT", "0604.N/BNV-TĐKT", "0605.N/BNV-TĐKT"], layout.Tables.Select(t => t.Code));
        Assert.Contains("02/2023/TT-BNV", layout.Circular);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), layout.Period(2026));
        Assert.All(layout.Tables, t => Assert.Equal(t.Rows.Count(r => !r.Heading), t.Rows.Where(r => !r.Heading).Select(r => r.Code).Distinct().Count()));
    }

    [Fact]
    public void A_reporting_year_starting_on_15_December_starts_in_the_year_before()
    {
        var layout = StatisticsLayoutFile.Parse("t.yaml", """
            circular: "TT"
            receiver: "Bộ Nội vụ"
            due: "15/12"
            period-start: "12-15"
            tables:
              - { code: "X", sheet: "X", title: "X", source: none, not-derived: "không có", columns: [{ label: "Số lượng" }], rows: [{ label: "Tổng số", code: "01" }] }
            """);

        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14)), layout.Period(2026));
    }

    [Fact]
    public void A_broken_layout_is_refused_with_each_problem_at_its_line_and_column()
    {
        var refused = Assert.Throws<StatisticsLayoutException>(() => StatisticsLayoutFile.Parse("broken.yaml", """
            circular: "TT"
            receiver: "Bộ Nội vụ"
            due: "15/12"
            period-start: "13-40"
            tables:
              - code: "0603"
                sheet: "0603"
                title: "Khen thưởng"
                columns:
                  - { label: "Tổng số", level: regional }
                  - { label: "Nữ", gender: other, years-from: 2 }
                rows:
                  - { label: "Tập thể", kind: team }
                  - { label: "Không mã" }
            """));

        var messages = refused.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:4:") && m.Contains("'period-start' must be a month and day"));
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:10:") && m.Contains("'level' must be one of provincial, national, not 'regional'"));
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:11:") && m.Contains("'gender' must be one of male, female"));
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:11:") && m.Contains("'years-from' does not apply to a table with source 'awards'"));
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:13:") && m.Contains("'kind' must be one of individual, collective, household, not 'team'"));
        Assert.Contains(messages, m => m.StartsWith("broken.yaml:14:9:") && m.Contains("needs 'code'"));
    }

    [Fact]
    public void A_household_counts_in_the_collectives_column_of_its_award_as_the_forms_have_none_of_their_own()
    {
        var layout = StatisticsLayoutFile.Load(Path.Combine(RepositoryFolders.Workflows, StatisticsLayoutFile.PathInWorkflowsFolder));
        var table = layout.Tables.Single(t => t.Sheet == "0602");
        AwardFact[] facts = [new("bang-khen-thu-tuong", AwardLevel.National, NomineeKind.Household, null, OrganisationKind.CommunePeopleCommittee, CommendationType.Merit, 3)];

        var result = StatisticsCells.Fill(table, facts, []);

        var household = result.Rows.Single(r => r.Row.Code == "8");
        int Column(string label) => table.Columns.ToList().FindIndex(c => c.Label == label && c.Group == "Bằng khen của Thủ tướng Chính phủ");
        Assert.Equal(3, household.Cells[Column("Tập thể")].Value);
        Assert.Equal(StatisticsCell.Blank, household.Cells[Column("Cá nhân")]);
        Assert.Equal(3, household.Cells[0].Value);
        Assert.Equal(0, result.Rows.Single(r => r.Row.Code == "6").Cells[Column("Tập thể")].Value);
    }
}
