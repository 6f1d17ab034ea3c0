using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Workflows;

/// <summary>Small helpers over YamlDotNet's node tree that record a positioned problem instead of throwing.</summary>
internal sealed class YamlReading(string file)
{
    public List<WorkflowProblem> Problems { get; } = [];

    public void Problem(YamlNode node, string message) =>
        Problems.Add(new WorkflowProblem(file, node.Start.Line, node.Start.Column, message));

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping) return mapping;
        Problem(node, $"{what} must be a mapping");
        return null;
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        Problem(node, $"{what} must be a non-empty text");
        return null;
    }

    /// <summary>A single scalar or a sequence of scalars, as a list.</summary>
    public List<(string Value, YamlNode Node)> List(YamlNode node, string what)
    {
        if (node is YamlScalarNode) return Scalar(node, what) is { } one ? [(one, node)] : [];
        if (node is YamlSequenceNode sequence)
            return sequence.Children.Select(c => (Value: Scalar(c, what), Node: c)).Where(x => x.Value is not null)
                .Select(x => (x.Value!, x.Node)).ToList();
        Problem(node, $"{what} must be a text or a list of texts");
        return [];
    }

    public static string Key(KeyValuePair<YamlNode, YamlNode> entry) => (entry.Key as YamlScalarNode)?.Value ?? "";

    public void UnknownKeys(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var entry in mapping.Children.Where(e => !allowed.Contains(Key(e))))
            Problem(entry.Key, $"unknown key '{Key(entry)}' in {where} (allowed: {string.Join(", ", allowed)})");
    }
}
