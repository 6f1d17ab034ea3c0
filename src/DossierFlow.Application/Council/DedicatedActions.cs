using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Council;

/// <summary>
/// Where the dedicated actions (<see cref="Vocabulary.DedicatedAction"/>) are taken: they carry more than a comment
/// (votes, the Chairman's choice of nominees, the central decision's number), so from a state of the council, the
/// Chairman or the central level they are taken only through their own use cases and screens, never as a plain action.
/// </summary>
public static class DedicatedActions
{
    private static readonly IReadOnlyDictionary<string, string> Screens = new Dictionary<string, string>
    {
        [Vocabulary.DedicatedAction.CouncilDecided] = "/Council/Sessions",
        [Vocabulary.DedicatedAction.CouncilRejected] = "/Council/Sessions",
        [Vocabulary.DedicatedAction.Decide] = "/Chairman",
        [Vocabulary.DedicatedAction.SignProposal] = "/Chairman",
        [Vocabulary.DedicatedAction.Decline] = "/Chairman",
        [Vocabulary.DedicatedAction.RecordCentralAward] = "/Dossiers/Central/{id}",
        [Vocabulary.DedicatedAction.RecordCentralRefusal] = "/Dossiers/Central/{id}",
    };

    /// <summary>True when the action, from this state, has its own screen (a unit's own "decide" on a Giấy khen has none).</summary>
    public static bool Contains(StateDefinition from, string action) => Vocabulary.IsDedicated(from, action);

    /// <summary>Where the action is taken, for a dossier.</summary>
    public static string Screen(string action, Guid dossierId) => Screens[action].Replace("{id}", dossierId.ToString());
}
