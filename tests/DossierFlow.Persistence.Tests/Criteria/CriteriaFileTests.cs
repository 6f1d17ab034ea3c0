using DossierFlow.Application.Criteria;
using DossierFlow.Domain.Criteria;

namespace DossierFlow.Persistence.Tests.Criteria;

public class CriteriaFileTests
{
    private static string Folder => Path.Combine(RepositoryFolders.Workflows, CriteriaPublisher.SubFolder);

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_criteria_file_loads_and_quotes_a_clause_in_each_item(string file)
    {
        var result = CriteriaFile.Parse(file, File.ReadAllText(Path.Combine(Folder, file)));
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.All(result.Set!.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Clause)));
    }

    [Fact]
    public void The_five_seed_plans_are_shipped_and_the_soc_trang_one_applies_to_its_movement()
    {
        var sets = CriteriaPublisher.Read(Folder).Select(e => e.Result.Set!).ToList();
        Assert.Equal(5, sets.Count);
        var socTrang = Assert.Single(sets, s => s.PlanNumber == "146/KH-UBND");
        Assert.Contains(socTrang.Items, i => i.Subjects.Contains(SubjectTypes.District) && i.Kind == CriteriaItemKind.Quantitative
            && i.Interpretation is not null);
        Assert.Contains(sets, s => s.Items.Any(i => i.Kind == CriteriaItemKind.HardGate));
    }

    private const string Valid = """
        id: thu
        version: 1
        title: Tiêu chí thử
        plan: 146/KH-UBND
        period: 2021-2025
        subject-types: [huyen, xa]
        items:
          - subject: huyen
            source: Mục IV.1.b
            clause: Giảm tỷ lệ hộ nghèo từ 2,5%/năm trong 3 năm liên tục.
            rule:
              yearly-drop: { measure: poverty-rate, at-least: 2.5, consecutive-years: 3 }
        """;

    private static IReadOnlyList<Application.Workflows.WorkflowProblem> Problems(string text) => CriteriaFile.Parse("thu.yaml", text).Problems;

    [Fact]
    public void A_valid_file_has_no_problem() => Assert.Empty(Problems(Valid));

    [Theory]
    // An unknown indicator, at the line and column of its name.
    [InlineData("measure: poverty-rate,", "measure: ho-giau,", 12, 31, "unknown indicator 'ho-giau'")]
    // A window longer than the five years of the period.
    [InlineData("consecutive-years: 3", "consecutive-years: 6", 12, 79, "longer than the period")]
    // A rule for a subject type the movement lacks.
    [InlineData("  - subject: huyen", "  - subject: ap", 8, 14, "not among the movement's subject types")]
    // Districts exist only before 01/07/2025.
    [InlineData("period: 2021-2025", "period: 2026-2030", 6, 17, "only for periods before 01/07/2025")]
    [InlineData("at-least: 2.5", "at-least: abc", 12, 55, "must be a number")]
    [InlineData("    rule:", "    evidence: biên bản\n    rule:", 8, 5, "exactly one of")]
    public void A_broken_file_is_refused_with_file_line_and_column(string find, string replace, int line, int column, string message)
    {
        var problem = Problems(Valid.Replace(find, replace)).First();
        Assert.Contains(message, problem.Message);
        Assert.Equal(("thu.yaml", line, column), (problem.File, (int)problem.Line, (int)problem.Column));
    }
}
