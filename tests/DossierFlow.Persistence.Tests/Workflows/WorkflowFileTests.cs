using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Persistence.Tests.Workflows;

public class WorkflowFileTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(RepositoryFolders.Workflows, "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_workflow_loads_without_problems(string file)
    {
        var result = WorkflowFile.Parse(file, File.ReadAllText(Path.Combine(RepositoryFolders.Workflows, file)));
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.NotNull(result.Definition);
    }

    [Fact]
    public void The_four_required_procedures_are_shipped_with_their_key_steps()
    {
        var catalog = RepositoryFolders.Catalog();
        var provincial = catalog.Latest("bang-khen-chu-tich-tinh");
        Assert.Equal(["submit", "receive", "return", "refuse", "forward", "council-decided", "council-rejected", "decide", "decline"],
            provincial.Transitions.Select(t => t.Action));
        Assert.Equal(ClockChange.Pause, provincial.Find("return", "appraising")!.Clock);
        Assert.True(provincial.Find("return", "appraising")!.CommentRequired);
        Assert.Contains("central", catalog.Latest("khen-thuong-cap-nha-nuoc").States.Keys);
        Assert.Equal("unit-leader", Assert.Single(catalog.Latest("giay-khen").Find("decide", "reviewing")!.By));
        Assert.Contains(catalog.Latest("bao-cao-phong-trao-hang-nam").Find("submit", "drafting")!.Guards,
            g => g is { Name: Vocabulary.DeadlineOpen, Parameter: "unit-report" });
    }

    private const string Valid = """
        id: sample
        version: 1
        title: Mẫu
        initial: drafting
        states:
          drafting: { title: Lập hồ sơ, holder: proposing-unit }
          done: { title: Xong, final: true }
        transitions:
          - { action: finish, title: Hoàn thành, from: drafting, to: done, by: unit-leader }
        """;

    [Fact]
    public void A_minimal_definition_parses()
    {
        var result = WorkflowFile.Parse("sample.yaml", Valid);
        Assert.Empty(result.Problems);
        Assert.Equal(("sample", 1, "drafting"), (result.Definition!.Id, result.Definition.Version, result.Definition.Initial));
    }

    [Theory]
    [InlineData("to: done, by: unit-leader", "to: dnoe, by: unit-leader", 9, "names unknown state 'dnoe'")]
    [InlineData("by: unit-leader }", "by: unit-boss }", 9, "unknown role 'unit-boss'")]
    [InlineData("by: unit-leader }", "by: unit-leader, when: [councl-votes] }", 9, "unknown guard 'councl-votes'")]
    [InlineData("by: unit-leader }", "by: unit-leader, when: [deadline-open] }", 9, "guard 'deadline-open' needs a parameter")]
    [InlineData("  done: { title: Xong, final: true }", "  done: { title: Xong, final: true }\n  limbo: { title: Lạc }", 8, "state 'limbo' cannot be reached")]
    [InlineData("  done: { title: Xong, final: true }", "  done: { title: Xong }", 7, "state 'done' is not final and has no way out")]
    [InlineData("  drafting: { title: Lập hồ sơ, holder: proposing-unit }", "  drafting: { holder: proposing-unit }", 6, "state 'drafting' has no title")]
    [InlineData("by: unit-leader }", "by: unit-leader }\n  - { action: finish, title: Lại, from: drafting, to: done, by: unit-leader }", 10, "duplicate action 'finish' from state 'drafting'")]
    [InlineData("title: Mẫu\n", "", 1, "missing 'title'")]
    [InlineData("version: 1", "version: một", 2, "version must be a whole number")]
    [InlineData("initial: drafting", "initial: drafting\ncolour: red", 5, "unknown key 'colour'")]
    [InlineData("holder: proposing-unit", "holder: somebody", 6, "unknown holder 'somebody'")]
    [InlineData("from: drafting,", "from: [],", 9, "'from' names no state")]
    [InlineData("by: unit-leader }", "by: unit-leader, when: [{ deadline-open: [a, b] }] }", 9, "takes one deadline code")]
    public void Each_problem_is_reported_with_its_line(string find, string replace, int line, string message)
    {
        var result = WorkflowFile.Parse("sample.yaml", Valid.Replace(find, replace));

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message));
        Assert.Equal(line, problem.Line);
        Assert.StartsWith($"sample.yaml:{line}:", problem.ToString());
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_position()
    {
        var result = WorkflowFile.Parse("sample.yaml", "id: sample\nstates: [a, b\n");
        var problem = Assert.Single(result.Problems);
        Assert.Contains("not valid YAML", problem.Message);
        Assert.True(problem.Line >= 2);
    }

    [Fact]
    public void The_file_name_must_match_the_id()
    {
        var result = WorkflowFile.Parse("other.yaml", Valid);
        Assert.Contains(result.Problems, p => p.Message.Contains("must be named sample.yaml or sample.v1.yaml"));
    }

    [Theory]
    [InlineData("action: decide", "action: decid", "transition 'decid' leaves state 'chairman' held by 'chairman', which only its dedicated actions leave (decide, sign-proposal, decline)")]
    [InlineData("action: council-rejected", "action: council-refused", "transition 'council-refused' leaves state 'council' held by 'council'")]
    [InlineData("action: forward", "action: council-decided", "'council-decided' is a dedicated action of 'council': it may leave only states held by 'council', not 'appraising'")]
    [InlineData("holder: chairman", "holder: chairmen", "unknown holder 'chairmen'")]
    public void A_renamed_or_misspelt_dedicated_action_or_holder_is_refused_at_its_position(string find, string replace, string message)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolders.Workflows, "bang-khen-chu-tich-tinh.yaml"));
        var changed = text.Replace(find, replace);
        var line = changed[..changed.IndexOf(replace, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var column = changed.IndexOf(replace, StringComparison.Ordinal) - changed.LastIndexOf('\n', changed.IndexOf(replace, StringComparison.Ordinal));

        var result = WorkflowFile.Parse("bang-khen-chu-tich-tinh.yaml", changed);

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message));
        // The position of the word itself (the value after "action: " or "holder: "), as an editor jumps to it.
        Assert.Equal((line, column + find.IndexOf(' ') + 1), ((int)problem.Line, (int)problem.Column));
    }
}
