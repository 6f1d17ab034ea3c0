using System.Globalization;
using DossierFlow.Domain.Calendar;
using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Workflows;

/// <summary>Reads the working-day calendar (workflows/calendar/vietnam-holidays.yaml).</summary>
public static class CalendarFile
{
    public static WorkingCalendar Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        int Year(string key) => int.Parse(((YamlScalarNode)root[key]).Value!, CultureInfo.InvariantCulture);
        IEnumerable<DateOnly> Dates(string key) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode dates
                ? dates.Children.Keys.Select(k => Parse(path, (YamlScalarNode)k))
                : [];
        return new WorkingCalendar(Dates("holidays"), Dates("working-weekend-days"), Year("first-year"), Year("last-year"));
    }

    private static DateOnly Parse(string path, YamlScalarNode node) =>
        DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new FormatException($"{path}:{node.Start.Line}:{node.Start.Column}: '{node.Value}' is not a date (yyyy-MM-dd)");
}
