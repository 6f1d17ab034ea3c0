using System.Globalization;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Indicators;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Criteria;

public sealed record CriteriaParseResult(CriteriaSet? Set, IReadOnlyList<WorkflowProblem> Problems);

/// <summary>
/// Reads one criteria file (schema: docs/criteria.md) and checks it completely: structure, subject types, measures
/// (the indicators), windows against the period, and each item quoting its clause. A file with any problem yields
/// no criteria, and each problem has its file, line and column.
/// </summary>
public static class CriteriaFile
{
    private static readonly string[] TopKeys = ["id", "version", "title", "plan", "period", "subject-types", "items"];
    private static readonly string[] ItemKeys = ["subject", "awards", "where", "source", "clause", "interpretation", "rule", "gate", "evidence"];
    private static readonly string[] WhereKeys = ["category", "area", "ethnic-minority-area"];
    private static readonly string[] YearlyDropKeys = ["measure", "at-least", "target", "consecutive-years", "every-year", "when-reported"];
    private static readonly string[] SinceStartKeys = ["measure", "more-than", "when-reported"];
    private static readonly string[] DisciplineKeys = ["from"];

    private static readonly Dictionary<string, DisciplineLevel> Levels = new()
    {
        ["khien-trach"] = DisciplineLevel.Reprimand,
        ["canh-cao"] = DisciplineLevel.Warning,
        ["ha-bac-luong"] = DisciplineLevel.SalaryDemotion,
        ["giang-chuc"] = DisciplineLevel.Demotion,
        ["cach-chuc"] = DisciplineLevel.Dismissal,
        ["buoc-thoi-viec"] = DisciplineLevel.ForcedResignation,
    };

    public static CriteriaParseResult Parse(string file, string text)
    {
        var reading = new YamlReading(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return new(null, [new WorkflowProblem(file, e.Start.Line, e.Start.Column, $"not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }
        if (stream.Documents.Count != 1)
            return new(null, [new WorkflowProblem(file, 1, 1, "the file must hold exactly one YAML document")]);
        var root = reading.Mapping(stream.Documents[0].RootNode, "the file");
        if (root is null) return new(null, reading.Problems);
        reading.UnknownKeys(root, TopKeys, "the file");

        var id = Required(reading, root, "id") is { } idNode ? reading.Scalar(idNode, "id") : null;
        if (id is not null && !Domain.Common.Slug.IsValid(id)) reading.Problem(root, $"id '{id}' must be lower-case words joined by '-'");
        int? version = null;
        if (Required(reading, root, "version") is { } versionNode)
        {
            if (versionNode is YamlScalarNode { Value: var v } && int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n >= 1) version = n;
            else reading.Problem(versionNode, "version must be a whole number from 1");
        }
        var title = Required(reading, root, "title") is { } t ? reading.Scalar(t, "title") : null;
        // Optional: a plan whose text carries no number yet applies to no movement until the number is written here.
        var plan = Optional(root, "plan") is { } p ? reading.Scalar(p, "plan") : null;
        var period = ReadPeriod(reading, root);
        var subjects = ReadSubjectTypes(reading, root, period);
        var items = new List<CriteriaItem>();
        if (Required(reading, root, "items") is { } itemsNode)
        {
            if (itemsNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
                reading.Problem(itemsNode, "items must be a non-empty list");
            else
                foreach (var node in sequence.Children)
                    if (ReadItem(reading, node, subjects, period) is { } item) items.Add(item);
        }
        if (id is not null && version is not null)
        {
            var name = Path.GetFileName(file);
            if (name != $"{id}.yaml" && name != $"{id}.v{version}.yaml")
                reading.Problem(root, $"the file of criteria '{id}' version {version} must be named {id}.yaml or {id}.v{version}.yaml");
        }
        if (reading.Problems.Count > 0 || id is null || version is null || title is null || period is null || subjects is null)
            return new(null, reading.Problems);
        return new(new CriteriaSet(id, version.Value, title, plan, period.Value.Start, period.Value.End, subjects, items), []);
    }

    private static YamlNode? Optional(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(e => YamlReading.Key(e) == key).Value;

    private static YamlNode? Required(YamlReading reading, YamlMappingNode mapping, string key)
    {
        var node = Optional(mapping, key);
        if (node is null) reading.Problem(mapping, $"'{key}' is required");
        return node;
    }

    private static (int Start, int End)? ReadPeriod(YamlReading reading, YamlMappingNode root)
    {
        if (Required(reading, root, "period") is not { } node) return null;
        var text = reading.Scalar(node, "period");
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is [var a, var b] && int.TryParse(a, out var start) && int.TryParse(b, out var end) && start >= 2000 && end >= start && end - start <= 10)
            return (start, end);
        if (text is not null) reading.Problem(node, $"period '{text}' must be two years such as 2021-2025, at most 10 years apart");
        return null;
    }

    private static List<string>? ReadSubjectTypes(YamlReading reading, YamlMappingNode root, (int Start, int End)? period)
    {
        if (Required(reading, root, "subject-types") is not { } node) return null;
        var list = reading.List(node, "subject-types");
        var known = new List<string>();
        foreach (var (value, at) in list)
        {
            if (!SubjectTypes.IsKnown(value))
                reading.Problem(at, $"unknown subject type '{value}' (known: {string.Join(", ", SubjectTypes.All.Select(s => s.Code))})");
            else if (value == SubjectTypes.District && period is { } p && p.Start > SubjectTypes.DistrictsAbolishedAfter.Year)
                reading.Problem(at, $"subject type 'huyen' exists only for periods before 01/07/2025, not {p.Start}-{p.End}");
            else known.Add(value);
        }
        return list.Count == 0 ? null : known;
    }

    private static CriteriaItem? ReadItem(YamlReading reading, YamlNode node, List<string>? subjects, (int Start, int End)? period)
    {
        if (reading.Mapping(node, "an item") is not { } item) return null;
        reading.UnknownKeys(item, ItemKeys, "an item");
        var before = reading.Problems.Count;
        var listed = new List<string>();
        if (Required(reading, item, "subject") is { } subjectNode)
            foreach (var (s, at) in reading.List(subjectNode, "subject"))
                if (subjects is not null && !subjects.Contains(s))
                    reading.Problem(at, $"subject '{s}' is not among the movement's subject types ({string.Join(", ", subjects)})");
                else listed.Add(s);
        // Filters on a commune's area or a household's status need one subject type to mean anything.
        var subject = listed.Count == 1 ? listed[0] : null;
        var awards = Optional(item, "awards") is { } awardsNode ? reading.List(awardsNode, "awards").Select(a => a.Value).ToList() : [];
        var source = Required(reading, item, "source") is { } src ? reading.Scalar(src, "source") : null;
        var clause = Required(reading, item, "clause") is { } c ? reading.Scalar(c, "clause") : null;
        var interpretation = Optional(item, "interpretation") is { } i ? reading.Scalar(i, "interpretation") : null;
        var where = Optional(item, "where") is { } w ? ReadWhere(reading, w, subject) : SubjectFilter.None;
        if (Optional(item, "where") is { } several && listed.Count > 1)
            reading.Problem(several, "'where' needs an item with a single subject type");

        var (rule, gate, evidence) = (Optional(item, "rule"), Optional(item, "gate"), Optional(item, "evidence"));
        var given = new[] { rule, gate, evidence }.Count(n => n is not null);
        if (given != 1)
        {
            reading.Problem(item, "an item needs exactly one of 'rule' (quantitative), 'gate' (hard gate) or 'evidence' (qualitative)");
            return null;
        }
        CriteriaRule? parsed = null;
        var kind = CriteriaItemKind.Qualitative;
        string? evidenceText = null;
        if (rule is not null) { kind = CriteriaItemKind.Quantitative; parsed = ReadRule(reading, rule, period); }
        else if (gate is not null) { kind = CriteriaItemKind.HardGate; parsed = ReadRule(reading, gate, period); }
        else evidenceText = reading.Scalar(evidence!, "evidence");
        if (reading.Problems.Count > before || listed.Count == 0 || source is null || clause is null || where is null) return null;
        return new CriteriaItem(listed, awards, where, clause, source, interpretation, kind, parsed, evidenceText);
    }

    private static SubjectFilter? ReadWhere(YamlReading reading, YamlNode node, string? subject)
    {
        if (reading.Mapping(node, "where") is not { } where) return null;
        reading.UnknownKeys(where, WhereKeys, "where");
        List<string>? categories = null;
        if (Optional(where, "category") is { } c)
        {
            categories = [];
            foreach (var (value, at) in reading.List(c, "category"))
                if (subject is not null && !SubjectCategories.Fits(subject, value))
                    reading.Problem(at, $"category '{value}' does not apply to subject '{subject}' (known: {string.Join(", ", SubjectCategories.All.Where(x => x.SubjectType == subject).Select(x => x.Code))})");
                else categories.Add(value);
        }
        List<int>? areas = null;
        if (Optional(where, "area") is { } a)
        {
            if (subject != SubjectTypes.Commune) reading.Problem(a, "'area' applies only to subject 'xa'");
            areas = [];
            foreach (var (value, at) in reading.List(a, "area"))
                if (value is "1" or "2" or "3") areas.Add(int.Parse(value, CultureInfo.InvariantCulture));
                else reading.Problem(at, $"area '{value}' must be 1, 2 or 3 (khu vực I, II, III)");
        }
        bool? ethnic = null;
        if (Optional(where, "ethnic-minority-area") is { } e)
        {
            if (subject != SubjectTypes.Commune) reading.Problem(e, "'ethnic-minority-area' applies only to subject 'xa'");
            ethnic = ReadBool(reading, e, "ethnic-minority-area");
        }
        return new SubjectFilter(categories, areas, ethnic);
    }

    private static CriteriaRule? ReadRule(YamlReading reading, YamlNode node, (int Start, int End)? period)
    {
        if (reading.Mapping(node, "a rule") is not { } mapping) return null;
        if (mapping.Children.Count != 1)
        {
            reading.Problem(mapping, "a rule is one of: all, any, yearly-drop, drop-since-start, no-discipline");
            return null;
        }
        var (key, value) = (YamlReading.Key(mapping.Children.First()), mapping.Children.First().Value);
        switch (key)
        {
            case "all" or "any":
                if (value is not YamlSequenceNode { Children.Count: >= 2 } list)
                {
                    reading.Problem(value, $"'{key}' must list at least two rules");
                    return null;
                }
                var rules = list.Children.Select(r => ReadRule(reading, r, period)).ToList();
                if (rules.Any(r => r is null)) return null;
                return key == "all" ? new AllOf(rules!) : new AnyOf(rules!);
            case "yearly-drop":
                return ReadYearlyDrop(reading, value, period);
            case "drop-since-start":
            {
                if (reading.Mapping(value, "drop-since-start") is not { } m) return null;
                reading.UnknownKeys(m, SinceStartKeys, "drop-since-start");
                var measure = ReadMeasure(reading, m);
                var more = Required(reading, m, "more-than") is { } n ? ReadNumber(reading, n, "more-than", 0, 100) : null;
                var when = Optional(m, "when-reported") is { } wr && ReadBool(reading, wr, "when-reported") == true;
                return measure is null || more is null ? null : new DropSinceStart(measure.Code, more.Value, when);
            }
            case "no-discipline":
            {
                if (reading.Mapping(value, "no-discipline") is not { } m) return null;
                reading.UnknownKeys(m, DisciplineKeys, "no-discipline");
                if (Required(reading, m, "from") is not { } f || reading.Scalar(f, "from") is not { } level) return null;
                if (Levels.TryGetValue(level, out var parsed)) return new NoDiscipline(parsed);
                reading.Problem(f, $"unknown discipline level '{level}' (known: {string.Join(", ", Levels.Keys)})");
                return null;
            }
            default:
                reading.Problem(mapping.Children.First().Key, $"unknown rule '{key}' (known: all, any, yearly-drop, drop-since-start, no-discipline)");
                return null;
        }
    }

    private static YearlyDrop? ReadYearlyDrop(YamlReading reading, YamlNode node, (int Start, int End)? period)
    {
        if (reading.Mapping(node, "yearly-drop") is not { } m) return null;
        reading.UnknownKeys(m, YearlyDropKeys, "yearly-drop");
        var measure = ReadMeasure(reading, m);
        if (measure is { IsRate: false })
            reading.Problem(m, $"yearly-drop needs a rate, not '{measure.Code}' (rates: {string.Join(", ", Measures.All.Where(x => x.IsRate).Select(x => x.Code))})");
        var atLeastNode = Optional(m, "at-least");
        var target = Optional(m, "target") is { } t && ReadBool(reading, t, "target") == true;
        decimal atLeast = 0;
        if (atLeastNode is not null == target)
            reading.Problem(m, "yearly-drop needs either 'at-least' (percentage points) or 'target: true' (the target assigned each year)");
        else if (atLeastNode is not null && ReadNumber(reading, atLeastNode, "at-least", 0, 100) is { } v) atLeast = v;
        var consecutive = Optional(m, "consecutive-years");
        var every = Optional(m, "every-year") is { } e && ReadBool(reading, e, "every-year") == true;
        Window? window = null;
        if (consecutive is not null == every)
            reading.Problem(m, "yearly-drop needs either 'consecutive-years: N' or 'every-year: true'");
        else if (every) window = new Window(WindowKind.EveryYear, 0);
        else if (consecutive is YamlScalarNode { Value: var text } && int.TryParse(text, CultureInfo.InvariantCulture, out var years) && years >= 1)
        {
            if (period is { } p && years > p.End - p.Start + 1)
                reading.Problem(consecutive, $"a window of {years} years is longer than the period {p.Start}-{p.End} ({p.End - p.Start + 1} years)");
            else window = new Window(WindowKind.ConsecutiveYears, years);
        }
        else reading.Problem(consecutive!, "consecutive-years must be a whole number from 1");
        var when = Optional(m, "when-reported") is { } wr && ReadBool(reading, wr, "when-reported") == true;
        return measure is null || window is null ? null : new YearlyDrop(measure.Code, atLeast, target, window, when);
    }

    private static Measures.Measure? ReadMeasure(YamlReading reading, YamlMappingNode m)
    {
        if (Required(reading, m, "measure") is not { } node || reading.Scalar(node, "measure") is not { } code) return null;
        var measure = Measures.Find(code);
        if (measure is null)
            reading.Problem(node, $"unknown indicator '{code}' (known: {string.Join(", ", Measures.All.Select(x => x.Code))})");
        return measure;
    }

    private static decimal? ReadNumber(YamlReading reading, YamlNode node, string what, decimal min, decimal max)
    {
        if (node is YamlScalarNode { Value: var text }
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        reading.Problem(node, $"{what} must be a number from {min} to {max} written with a '.' (2.5)");
        return null;
    }

    private static bool? ReadBool(YamlReading reading, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        reading.Problem(node, $"{what} must be true or false");
        return null;
    }
}
