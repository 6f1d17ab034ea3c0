using System.Globalization;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Reports.Statistics;

/// <summary>A statistics layout file that cannot be used: every problem, each at its file, line and column.</summary>
public sealed class StatisticsLayoutException(IReadOnlyList<WorkflowProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<WorkflowProblem> Problems { get; } = problems;
}

/// <summary>
/// Reads the statistics layout (<c>workflows/statistics/*.yaml</c>). The tables' layout is data, not code, because
/// which circular is in force and the exact rows of its tables could not all be verified; a province corrects the
/// file, and a file with a problem is refused as a whole with every problem's position.
/// </summary>
public static class StatisticsLayoutFile
{
    /// <summary>Where the file is, inside the workflows folder.</summary>
    public const string PathInWorkflowsFolder = "statistics/bieu-bao-cao-bo-noi-vu.yaml";

    private static readonly string[] RootKeys = ["circular", "receiver", "due", "period-start", "tables"];
    private static readonly string[] TableKeys = ["code", "sheet", "title", "unit", "source", "not-derived", "columns", "rows"];
    private static readonly string[] FilterKeys =
        ["awards", "level", "other-awards", "kind", "unit-kinds", "commendation", "gender", "years-from", "years-below", "not-derived"];
    private static readonly string[] ColumnKeys = ["label", "group", .. FilterKeys];
    private static readonly string[] RowKeys = ["label", "code", "unit", "heading", .. FilterKeys];

    private static readonly Dictionary<string, NomineeKind> Kinds = new()
        { ["individual"] = NomineeKind.Individual, ["collective"] = NomineeKind.Collective, ["household"] = NomineeKind.Household };
    private static readonly Dictionary<string, AwardLevel> Levels = new() { ["provincial"] = AwardLevel.Provincial, ["national"] = AwardLevel.National };
    private static readonly Dictionary<string, CommendationType> Commendations = new()
    {
        ["merit"] = CommendationType.Merit, ["movement"] = CommendationType.Movement, ["extraordinary"] = CommendationType.Extraordinary,
        ["dedication"] = CommendationType.Dedication, ["foreign"] = CommendationType.Foreign,
    };
    private static readonly Dictionary<string, NomineeGender> Genders = new() { ["male"] = NomineeGender.Male, ["female"] = NomineeGender.Female };
    private static readonly Dictionary<string, StatisticsSource> Sources = new()
        { ["awards"] = StatisticsSource.Awards, ["movements"] = StatisticsSource.Movements, ["none"] = StatisticsSource.None };
    private static readonly Dictionary<string, OrganisationKind> UnitKinds = Enum.GetValues<OrganisationKind>()
        .ToDictionary(k => System.Text.RegularExpressions.Regex.Replace(k.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant());

    public static StatisticsLayout Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static StatisticsLayout Parse(string file, string text)
    {
        var read = new YamlReading(file);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new StatisticsLayoutException([new WorkflowProblem(file, e.Start.Line, e.Start.Column, e.Message)]); }
        if (stream.Documents.Count == 0 || read.Mapping(stream.Documents[0].RootNode, "the file") is not { } root)
            throw new StatisticsLayoutException(read.Problems.Count > 0 ? read.Problems : [new WorkflowProblem(file, 1, 1, "the file is empty")]);
        read.UnknownKeys(root, RootKeys, "the file");
        string Required(YamlMappingNode node, string key, string where)
        {
            if (Child(node, key) is { } child) return read.Scalar(child, $"'{key}'") ?? "";
            read.Problem(node, $"{where} needs '{key}'");
            return "";
        }
        var (month, day) = (1, 1);
        if (Child(root, "period-start") is { } start && read.Scalar(start, "'period-start'") is { } value)
        {
            if (DateOnly.TryParseExact($"2000-{value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d is not { Month: 2, Day: 29 })
                (month, day) = (d.Month, d.Day);
            else read.Problem(start, $"'period-start' must be a month and day (MM-dd), not '{value}'");
        }
        var tables = new List<StatisticsTable>();
        foreach (var node in Sequence(read, root, "tables"))
            if (read.Mapping(node, "a table") is { } table && Table(read, table) is { } parsed)
            {
                if (tables.Any(t => t.Sheet == parsed.Sheet)) read.Problem(table, $"sheet '{parsed.Sheet}' is used twice");
                tables.Add(parsed);
            }
        var layout = new StatisticsLayout(Required(root, "circular", "the file"), Required(root, "receiver", "the file"), Required(root, "due", "the file"),
            month, day, tables);
        if (read.Problems.Count > 0) throw new StatisticsLayoutException(read.Problems);
        return layout;
    }

    private static StatisticsTable? Table(YamlReading read, YamlMappingNode node)
    {
        read.UnknownKeys(node, TableKeys, "a table");
        string? Text(string key) => Child(node, key) is { } c ? read.Scalar(c, $"'{key}'") : null;
        var code = Text("code");
        var sheet = Text("sheet");
        var title = Text("title");
        if (code is null || sheet is null || title is null)
        {
            read.Problem(node, "a table needs 'code', 'sheet' and 'title'");
            return null;
        }
        if (sheet.Length > 31 || sheet.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
            read.Problem(Child(node, "sheet")!, $"sheet '{sheet}' must have at most 31 characters and none of [ ] : * ? / \\");
        var source = StatisticsSource.Awards;
        if (Child(node, "source") is { } s && read.Scalar(s, "'source'") is { } sourceName && !Sources.TryGetValue(sourceName, out source))
            read.Problem(s, $"'source' must be one of {string.Join(", ", Sources.Keys)}, not '{sourceName}'");
        var notDerived = Text("not-derived");
        if (source == StatisticsSource.None && notDerived is null) read.Problem(node, "a table with 'source: none' needs 'not-derived' (why DossierFlow cannot fill it)");

        var columns = new List<StatisticsColumn>();
        foreach (var c in Sequence(read, node, "columns"))
            if (read.Mapping(c, "a column") is { } column)
            {
                read.UnknownKeys(column, ColumnKeys, "a column");
                var label = Child(column, "label") is { } l ? read.Scalar(l, "'label'") : null;
                if (label is null) read.Problem(column, "a column needs 'label'");
                var group = Child(column, "group") is { } g ? read.Scalar(g, "'group'") : null;
                columns.Add(new StatisticsColumn(label ?? "", group, Filter(read, column, source)));
            }
        var rows = new List<StatisticsRow>();
        foreach (var r in Sequence(read, node, "rows"))
            if (read.Mapping(r, "a row") is { } row)
            {
                read.UnknownKeys(row, RowKeys, "a row");
                var label = Child(row, "label") is { } l ? read.Scalar(l, "'label'") : null;
                if (label is null) read.Problem(row, "a row needs 'label'");
                var heading = Child(row, "heading") is { } h && Flag(read, h, "'heading'");
                var rowCode = Child(row, "code") is { } c ? read.Scalar(c, "'code'") : null;
                if (!heading && rowCode is null) read.Problem(row, "a row needs 'code' (its Mã số) unless it is a heading");
                var unit = Child(row, "unit") is { } u ? read.Scalar(u, "'unit'") : null;
                rows.Add(new StatisticsRow(label ?? "", rowCode, unit, heading, Filter(read, row, source)));
            }
        if (columns.Count == 0) read.Problem(node, "a table needs at least one column");
        if (rows.Count == 0) read.Problem(node, "a table needs at least one row");
        return new StatisticsTable(code, sheet, title, Text("unit"), source, notDerived, columns, rows);
    }

    private static CellFilter Filter(YamlReading read, YamlMappingNode node, StatisticsSource source)
    {
        var filter = CellFilter.Any;
        T? One<T>(string key, Dictionary<string, T> names) where T : struct
        {
            if (Child(node, key) is not { } child || read.Scalar(child, $"'{key}'") is not { } name) return null;
            if (names.TryGetValue(name, out var value)) return value;
            read.Problem(child, $"'{key}' must be one of {string.Join(", ", names.Keys)}, not '{name}'");
            return null;
        }
        int? Years(string key)
        {
            if (Child(node, key) is not { } child || read.Scalar(child, $"'{key}'") is not { } text) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 100) return years;
            read.Problem(child, $"'{key}' must be a number of years from 1 to 100, not '{text}'");
            return null;
        }
        foreach (var key in node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value))
        {
            var forAwards = key is "awards" or "level" or "other-awards" or "kind" or "unit-kinds" or "commendation" or "gender";
            var forMovements = key is "years-from" or "years-below";
            if ((forAwards && source != StatisticsSource.Awards) || (forMovements && source != StatisticsSource.Movements))
                read.Problem(node.Children.Keys.First(k => (k as YamlScalarNode)?.Value == key), $"'{key}' does not apply to a table with source '{source.ToString().ToLowerInvariant()}'");
        }
        var kinds = new List<NomineeKind>();
        if (Child(node, "kind") is { } kindNode)
            foreach (var (name, at) in read.List(kindNode, "'kind'"))
                if (Kinds.TryGetValue(name, out var kind)) kinds.Add(kind);
                else read.Problem(at, $"'kind' must be one of {string.Join(", ", Kinds.Keys)}, not '{name}'");
        var unitKinds = new List<OrganisationKind>();
        if (Child(node, "unit-kinds") is { } unitNode)
            foreach (var (name, at) in read.List(unitNode, "'unit-kinds'"))
                if (UnitKinds.TryGetValue(name, out var unitKind)) unitKinds.Add(unitKind);
                else read.Problem(at, $"'unit-kinds' names '{name}', which is not one of {string.Join(", ", UnitKinds.Keys)}");
        return filter with
        {
            Awards = Child(node, "awards") is { } awards ? read.List(awards, "'awards'").Select(a => a.Value).ToList() : null,
            Level = One("level", Levels),
            OtherAwards = Child(node, "other-awards") is { } other && Flag(read, other, "'other-awards'"),
            Kinds = kinds.Count > 0 ? kinds : null,
            UnitKinds = unitKinds.Count > 0 ? unitKinds : null,
            Commendation = One("commendation", Commendations),
            Gender = One("gender", Genders),
            YearsFrom = Years("years-from"),
            YearsBelow = Years("years-below"),
            NotDerived = Child(node, "not-derived") is { } why ? read.Scalar(why, "'not-derived'") : null,
        };
    }

    private static bool Flag(YamlReading read, YamlNode node, string what)
    {
        var text = read.Scalar(node, what);
        if (text is "true" or "false") return text == "true";
        if (text is not null) read.Problem(node, $"{what} must be true or false, not '{text}'");
        return false;
    }

    private static IEnumerable<YamlNode> Sequence(YamlReading read, YamlMappingNode node, string key)
    {
        if (Child(node, key) is YamlSequenceNode sequence) return sequence.Children;
        read.Problem(Child(node, key) ?? node, $"'{key}' must be a list");
        return [];
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
