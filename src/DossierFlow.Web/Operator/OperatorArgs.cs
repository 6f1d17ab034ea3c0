namespace DossierFlow.Web.Operator;

public sealed class OperatorUsageException(string message) : Exception(message);

/// <summary>A command's "--name value" options and its positional arguments.</summary>
public sealed class OperatorArgs
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, List<string>> _multi = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> FlagNames = ["dry-run"];

    public static OperatorArgs Parse(IEnumerable<string> args)
    {
        var parsed = new OperatorArgs();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (!e.Current.StartsWith("--", StringComparison.Ordinal)) { parsed._positional.Add(e.Current); continue; }
            var name = e.Current[2..];
            if (FlagNames.Contains(name)) { parsed._flags.Add(name); continue; }
            if (!e.MoveNext()) throw new OperatorUsageException($"Option --{name} needs a value.");
            parsed._options[name] = e.Current;
            (parsed._multi.TryGetValue(name, out var values) ? values : parsed._multi[name] = []).Add(e.Current);
        }
        return parsed;
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && value.Length > 0 ? value
            : throw new OperatorUsageException($"Option --{name} is required.");

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public string? OptionalPositional(int index) => index < _positional.Count ? _positional[index] : null;

    public IReadOnlyList<string> All(string name) => _multi.GetValueOrDefault(name) ?? [];

    public bool Flag(string name) => _flags.Contains(name);

    public string Positional(int index, string what) =>
        index < _positional.Count ? _positional[index] : throw new OperatorUsageException($"Missing {what}.");
}
