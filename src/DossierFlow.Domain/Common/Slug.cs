using System.Text.RegularExpressions;

namespace DossierFlow.Domain.Common;

/// <summary>Codes of award types, deadlines, workflows, states and actions: lower-case words joined by "-".</summary>
public static partial class Slug
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
