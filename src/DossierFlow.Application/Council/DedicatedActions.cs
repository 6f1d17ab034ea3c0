namespace DossierFlow.Application.Council;

/// <summary>
/// Workflow actions that carry more than a comment (votes, the Chairman's choice of nominees, the central decision's
/// number): they are taken only through their own use cases and screens, never as a plain action.
/// </summary>
public static class DedicatedActions
{
    private static readonly IReadOnlyDictionary<string, string> Screens = new Dictionary<string, string>
    {
        ["council-decided"] = "/Council/Sessions",
        ["council-rejected"] = "/Council/Sessions",
        ["decide"] = "/Chairman",
        ["sign-proposal"] = "/Chairman",
        ["decline"] = "/Chairman",
        ["record-central-award"] = "/Dossiers/Central/{id}",
        ["record-central-refusal"] = "/Dossiers/Central/{id}",
    };

    public static bool Contains(string action) => Screens.ContainsKey(action);

    /// <summary>Where the action is taken, for a dossier.</summary>
    public static string Screen(string action, Guid dossierId) => Screens[action].Replace("{id}", dossierId.ToString());
}
