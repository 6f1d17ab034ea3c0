using DossierFlow.Domain.Workflows;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DossierFlow.Application.Workflows;

public sealed record WorkflowParseResult(WorkflowDefinition? Definition, IReadOnlyList<WorkflowProblem> Problems);

/// <summary>
/// Reads one workflow file (schema: docs/workflows.md) and checks it completely: structure, vocabulary and the
/// graph (unknown, unreachable and dead-end states, duplicate actions). A file with any problem yields no definition.
/// </summary>
public static class WorkflowFile
{
    private static readonly string[] TopKeys = ["id", "version", "title", "legal-basis", "initial", "states", "transitions"];
    private static readonly string[] StateKeys = ["title", "holder", "final", "sla"];
    private static readonly string[] TransitionKeys = ["action", "title", "from", "to", "by", "when", "comment", "clock", "notify"];

    public static WorkflowParseResult Parse(string file, string text)
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
        var version = ReadVersion(reading, root);
        var title = Required(reading, root, "title") is { } t ? reading.Scalar(t, "title") : null;
        var legalBasis = Optional(root, "legal-basis") is { } lb ? reading.Scalar(lb, "legal-basis") : null;
        var states = ReadStates(reading, root);
        var initialNode = Required(reading, root, "initial");
        var initial = initialNode is null ? null : reading.Scalar(initialNode, "initial");
        if (initial is not null && states is not null && !states.ContainsKey(initial))
            reading.Problem(initialNode!, $"initial state '{initial}' is not among the states");
        var transitions = ReadTransitions(reading, root, states);
        CheckFileName(reading, root, file, id, version);

        if (states is not null && transitions is not null && initial is not null && states.ContainsKey(initial))
            CheckGraph(reading, root, states, transitions, initial);
        if (states is not null && transitions is not null) CheckDedicatedActions(reading, states, transitions);
        if (reading.Problems.Count > 0 || id is null || version is null || title is null || states is null || transitions is null || initial is null)
            return new(null, reading.Problems);
        return new(new WorkflowDefinition(id, version.Value, title, legalBasis, initial,
            states.ToDictionary(s => s.Key, s => s.Value.State), transitions.Select(t => t.Transition).ToList()), []);
    }

    private static YamlNode? Optional(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(e => YamlReading.Key(e) == key).Value;

    private static YamlNode? Required(YamlReading reading, YamlMappingNode mapping, string key)
    {
        var node = Optional(mapping, key);
        if (node is null) reading.Problem(mapping, $"missing '{key}'");
        return node;
    }

    private static int? ReadVersion(YamlReading reading, YamlMappingNode root)
    {
        if (Required(reading, root, "version") is not { } node) return null;
        if (node is YamlScalarNode { Value: var v } && int.TryParse(v, out var version) && version >= 1) return version;
        reading.Problem(node, "version must be a whole number from 1");
        return null;
    }

    private static Dictionary<string, (StateDefinition State, YamlNode Node)>? ReadStates(YamlReading reading, YamlMappingNode root)
    {
        if (Required(reading, root, "states") is not { } node || reading.Mapping(node, "states") is not { } mapping) return null;
        var states = new Dictionary<string, (StateDefinition, YamlNode)>();
        foreach (var entry in mapping.Children)
        {
            var name = YamlReading.Key(entry);
            if (!Domain.Common.Slug.IsValid(name)) { reading.Problem(entry.Key, $"state name '{name}' must be lower-case words joined by '-'"); continue; }
            if (reading.Mapping(entry.Value, $"state '{name}'") is not { } body) continue;
            reading.UnknownKeys(body, StateKeys, $"state '{name}'");
            var title = Optional(body, "title") is { } t ? reading.Scalar(t, "title") : null;
            if (title is null) reading.Problem(entry.Key, $"state '{name}' has no title");
            var holder = Optional(body, "holder") is { } h ? reading.Scalar(h, "holder") : null;
            if (holder is not null && !Vocabulary.Holders.ContainsKey(holder))
                reading.Problem(Optional(body, "holder")!, $"unknown holder '{holder}' (known: {string.Join(", ", Vocabulary.Holders.Keys)})");
            var final = false;
            if (Optional(body, "final") is { } f && !(f is YamlScalarNode { Value: "true" or "false" } fs && bool.TryParse(fs.Value, out final)))
                reading.Problem(f, "final must be true or false");
            int? sla = null;
            if (Optional(body, "sla") is { } s)
            {
                if (s is YamlScalarNode { Value: var sv } && int.TryParse(sv, out var days) && days > 0) sla = days;
                else reading.Problem(s, "sla must be a whole number of working days");
            }
            states[name] = (new StateDefinition(name, title ?? name, holder, final, sla), entry.Key);
        }
        if (states.Count == 0) reading.Problem(node, "a workflow needs states");
        return states;
    }

    private static List<(TransitionDefinition Transition, YamlNode Node)>? ReadTransitions(YamlReading reading, YamlMappingNode root,
        Dictionary<string, (StateDefinition State, YamlNode Node)>? states)
    {
        if (Required(reading, root, "transitions") is not { } node) return null;
        if (node is not YamlSequenceNode sequence) { reading.Problem(node, "transitions must be a list"); return null; }
        var result = new List<(TransitionDefinition, YamlNode)>();
        foreach (var item in sequence.Children)
        {
            if (reading.Mapping(item, "a transition") is not { } body) continue;
            reading.UnknownKeys(body, TransitionKeys, "a transition");
            var action = Required(reading, body, "action") is { } a ? reading.Scalar(a, "action") : null;
            if (action is not null && !Domain.Common.Slug.IsValid(action)) reading.Problem(body, $"action '{action}' must be lower-case words joined by '-'");
            var where = $"transition '{action}'";
            var title = Optional(body, "title") is { } t ? reading.Scalar(t, "title") : null;
            if (title is null) reading.Problem(body, $"{where} has no title");
            var from = Required(reading, body, "from") is { } f ? reading.List(f, "from") : [];
            var toNode = Required(reading, body, "to");
            var to = toNode is null ? null : reading.Scalar(toNode, "to");
            foreach (var (state, stateNode) in from.Append((to ?? "", toNode ?? body)).Where(x => x.Item1 != ""))
                if (states is not null && !states.ContainsKey(state))
                    reading.Problem(stateNode, $"{where} names unknown state '{state}'");
            if (Optional(body, "from") is { } fromNode && from.Count == 0) reading.Problem(fromNode, $"{where}: 'from' names no state");
            var by = Required(reading, body, "by") is { } b ? reading.List(b, "by") : [];
            if (Optional(body, "by") is { } byNode && by.Count == 0) reading.Problem(byNode, $"{where}: 'by' names no role");
            foreach (var (role, roleNode) in by.Where(r => !Vocabulary.Roles.Contains(r.Value)))
                reading.Problem(roleNode, $"{where}: unknown role '{role}'");
            var guards = Optional(body, "when") is { } w ? ReadGuards(reading, w, where) : [];
            var comment = Optional(body, "comment") is { } c ? reading.Scalar(c, "comment") : null;
            if (comment is not null and not ("required" or "optional")) reading.Problem(Optional(body, "comment")!, "comment must be 'required' or 'optional'");
            var clock = ClockChange.None;
            if (Optional(body, "clock") is { } k)
            {
                var clockText = reading.Scalar(k, "clock");
                if (clockText is "start" or "pause" or "stop") clock = Enum.Parse<ClockChange>(clockText, ignoreCase: true);
                else if (clockText is not null) reading.Problem(k, $"{where}: unknown clock change '{clockText}' (start, pause, stop)");
            }
            var notify = Optional(body, "notify") is { } n ? reading.List(n, "notify") : [];
            foreach (var (target, targetNode) in notify.Where(x => !Vocabulary.NotifyTargets.Contains(x.Value)))
                reading.Problem(targetNode, $"{where}: unknown notify target '{target}'");
            if (action is null || to is null) continue;
            result.Add((new TransitionDefinition(action, title ?? action, from.Select(x => x.Value).ToList(), to,
                by.Select(x => x.Value).ToList(), guards, comment == "required", clock, notify.Select(x => x.Value).ToList()), item));
        }
        return result;
    }

    private static List<GuardSpec> ReadGuards(YamlReading reading, YamlNode node, string where)
    {
        if (node is not YamlSequenceNode sequence) { reading.Problem(node, $"{where}: 'when' must be a list of guards"); return []; }
        var guards = new List<GuardSpec>();
        foreach (var item in sequence.Children)
        {
            (string? Name, string? Parameter) guard = item switch
            {
                YamlScalarNode scalar => (scalar.Value, null),
                YamlMappingNode { Children.Count: 1 } m => (YamlReading.Key(m.Children.First()), (m.Children.First().Value as YamlScalarNode)?.Value
                    ?? string.Join(",", (m.Children.First().Value as YamlSequenceNode)?.Children.OfType<YamlScalarNode>().Select(s => s.Value) ?? [])),
                _ => (null, null),
            };
            if (guard.Name is null) { reading.Problem(item, $"{where}: a guard is a name or 'name: parameter'"); continue; }
            if (!Vocabulary.Guards.TryGetValue(guard.Name, out var needsParameter))
            {
                reading.Problem(item, $"{where}: unknown guard '{guard.Name}' (known: {string.Join(", ", Vocabulary.Guards.Keys)})");
                continue;
            }
            if (needsParameter == true && string.IsNullOrEmpty(guard.Parameter)) reading.Problem(item, $"{where}: guard '{guard.Name}' needs a parameter");
            if (needsParameter == false && guard.Parameter is not null) reading.Problem(item, $"{where}: guard '{guard.Name}' takes no parameter");
            if (guard.Name == Vocabulary.DeadlineOpen && guard.Parameter?.Contains(',') == true)
                reading.Problem(item, $"{where}: guard '{guard.Name}' takes one deadline code");
            guards.Add(new GuardSpec(guard.Name, string.IsNullOrEmpty(guard.Parameter) ? null : guard.Parameter));
        }
        return guards;
    }

    private static void CheckGraph(YamlReading reading, YamlMappingNode root, Dictionary<string, (StateDefinition State, YamlNode Node)> states,
        List<(TransitionDefinition Transition, YamlNode Node)> transitions, string initial)
    {
        foreach (var group in transitions.SelectMany(t => t.Transition.From.Select(from => (from, t))).GroupBy(x => (x.from, x.t.Transition.Action)).Where(g => g.Count() > 1))
            reading.Problem(group.Last().t.Node, $"duplicate action '{group.Key.Action}' from state '{group.Key.from}'");

        var reachable = new HashSet<string> { initial };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var t in transitions.Select(x => x.Transition).Where(t => t.From.Any(reachable.Contains)))
                grew |= reachable.Add(t.To);
        }
        foreach (var (name, (state, node)) in states)
        {
            var outgoing = transitions.Where(t => t.Transition.From.Contains(name)).ToList();
            if (!reachable.Contains(name)) reading.Problem(node, $"state '{name}' cannot be reached from '{initial}'");
            if (!state.Final && outgoing.Count == 0) reading.Problem(node, $"state '{name}' is not final and has no way out");
            if (state.Final && outgoing.Count > 0) reading.Problem(node, $"final state '{name}' has outgoing transitions");
        }
        if (!states.Values.Any(s => s.State.Final)) reading.Problem(root, "a workflow needs at least one final state");
    }

    // The application takes the council's, the Chairman's and the central level's actions itself, by their exact
    // names: a renamed or misspelt one would leave dossiers stuck in that state, so it is refused when the file loads.
    private static void CheckDedicatedActions(YamlReading reading, Dictionary<string, (StateDefinition State, YamlNode Node)> states,
        List<(TransitionDefinition Transition, YamlNode Node)> transitions)
    {
        foreach (var (transition, node) in transitions)
        {
            var at = node is YamlMappingNode body && Optional(body, "action") is { } actionNode ? actionNode : node;
            var action = transition.Action;
            foreach (var from in transition.From.Where(states.ContainsKey).Select(name => states[name].State))
            {
                if (from.Holder is { } holder && from.IsHeldBy(holder) && Vocabulary.DedicatedActions.TryGetValue(holder, out var allowed)
                    && !allowed.Contains(action))
                    reading.Problem(at, $"transition '{action}' leaves state '{from.Name}' held by '{holder}', which only its dedicated actions "
                        + $"leave ({string.Join(", ", allowed)})");
                var owner = Vocabulary.DedicatedActions.FirstOrDefault(d => d.Value.Contains(action)).Key;
                if (Vocabulary.HolderOnlyActions.Contains(action) && !from.IsHeldBy(owner))
                    reading.Problem(at, $"'{action}' is a dedicated action of '{owner}': it may leave only states held by '{owner}', "
                        + $"not '{from.Name}' ({(from.Final ? "final" : $"held by '{from.Holder ?? "nobody"}'")})");
            }
        }
    }

    private static void CheckFileName(YamlReading reading, YamlMappingNode root, string file, string? id, int? version)
    {
        var name = Path.GetFileName(file);
        if (id is null || version is null) return;
        if (name != $"{id}.yaml" && name != $"{id}.v{version}.yaml")
            reading.Problem(root, $"the file of workflow '{id}' version {version} must be named {id}.yaml or {id}.v{version}.yaml");
    }

}
