using System.Globalization;
using DossierFlow.Domain.Council;
using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Council;

/// <summary>
/// The council's voting rules per award type, read from workflows/council/voting-rules.yaml: a default, and
/// per award code only the keys that differ. A file with a problem is refused with its position and message.
/// </summary>
public sealed class VotingRules(VotingRule fallback, IReadOnlyDictionary<string, VotingRule> byAward)
{
    /// <summary>Where the file is, inside the workflows folder.</summary>
    public const string PathInWorkflowsFolder = "council/voting-rules.yaml";

    public VotingRule Default { get; } = fallback;

    public VotingRule For(string awardCode) => byAward.GetValueOrDefault(awardCode) ?? Default;

    public static VotingRules Parse(string file, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var fallback = Rule(file, Child(root, "default") as YamlMappingNode, VotingRule.Default);
        var awards = new Dictionary<string, VotingRule>();
        if (Child(root, "awards") is YamlMappingNode map)
            foreach (var (key, value) in map.Children)
                awards[((YamlScalarNode)key).Value!] = Rule(file, value as YamlMappingNode, fallback);
        return new VotingRules(fallback, awards);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static VotingRule Rule(string file, YamlMappingNode? node, VotingRule basis)
    {
        if (node is null) return basis;
        string? Text(string key) => (Child(node, key) as YamlScalarNode)?.Value;
        decimal Percent(string key, decimal current) => Text(key) is { } t
            ? decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : throw Problem(node, key, $"'{t}' is not a percentage")
            : current;
        foreach (var key in node.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!))
            if (key is not ("ballot" or "quorum" or "denominator" or "threshold" or "written-opinions"))
                throw Problem(node, key, "unknown key (ballot, quorum, denominator, threshold, written-opinions)");
        var ballot = Text("ballot") switch
        {
            null => basis.Ballot,
            "show-of-hands" => BallotType.ShowOfHands,
            "secret" => BallotType.SecretBallot,
            var other => throw Problem(node, "ballot", $"'{other}' is not show-of-hands or secret"),
        };
        var denominator = Text("denominator") switch
        {
            null => basis.Denominator,
            "all-members" => VoteDenominator.AllMembers,
            "present" => VoteDenominator.MembersPresent,
            var other => throw Problem(node, "denominator", $"'{other}' is not all-members or present"),
        };
        var written = Text("written-opinions") switch
        {
            null => basis.CountWrittenOpinions,
            "true" => true,
            "false" => false,
            var other => throw Problem(node, "written-opinions", $"'{other}' is not true or false"),
        };
        return new VotingRule(ballot, Percent("quorum", basis.QuorumPercent), denominator, Percent("threshold", basis.ThresholdPercent), written).Validate();

        FormatException Problem(YamlNode at, string key, string message) => new($"{file}:{at.Start.Line}:{at.Start.Column}: '{key}': {message}");
    }
}
