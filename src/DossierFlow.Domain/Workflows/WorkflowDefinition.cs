namespace DossierFlow.Domain.Workflows;

/// <summary>
/// One published version of a procedure from <c>workflows/</c>. A published version never changes; a subject
/// (dossier, yearly report) records the version it started on and stays on it.
/// </summary>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    string Title,
    string? LegalBasis,
    string Initial,
    IReadOnlyDictionary<string, StateDefinition> States,
    IReadOnlyList<TransitionDefinition> Transitions)
{
    public StateDefinition State(string name) =>
        States.TryGetValue(name, out var state) ? state
            : throw new InvalidOperationException($"Workflow {Id} v{Version} has no state '{name}'.");

    public IEnumerable<TransitionDefinition> TransitionsFrom(string state) => Transitions.Where(t => t.From.Contains(state));

    public TransitionDefinition? Find(string action, string fromState) =>
        Transitions.FirstOrDefault(t => t.Action == action && t.From.Contains(fromState));
}

/// <param name="Holder">Who holds a subject in this state (see <see cref="Vocabulary.Holder"/>).</param>
/// <param name="SlaWorkingDays">Working days allowed in this state's processing clock, if any.</param>
public sealed record StateDefinition(string Name, string Title, string? Holder, bool Final, int? SlaWorkingDays)
{
    /// <summary>True when the holder (one of <see cref="Vocabulary.Holder"/>) has a subject in this state: nobody holds a closed one.</summary>
    public bool IsHeldBy(string holder) => !Final && Holder == holder;
}

/// <param name="Clock">What the transition does to the processing clock: start, pause, stop or nothing.</param>
public sealed record TransitionDefinition(
    string Action,
    string Title,
    IReadOnlyList<string> From,
    string To,
    IReadOnlyList<string> By,
    IReadOnlyList<GuardSpec> Guards,
    bool CommentRequired,
    ClockChange Clock,
    IReadOnlyList<string> Notify);

/// <summary>A guard from the fixed vocabulary with its optional parameter, e.g. <c>deadline-open: dossier-submission</c>.</summary>
public sealed record GuardSpec(string Name, string? Parameter);

public enum ClockChange { None, Start, Pause, Stop }
