using System.Text.RegularExpressions;

namespace DossierFlow.Application.Forms;

/// <summary>The {placeholder} syntax of docs/forms.md, for field defaults and section texts alike.</summary>
public static partial class Placeholders
{
    /// <summary>Replaces {key} with its value; an unknown key is left visible so a mistake shows in the draft.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([a-z0-9-]+)\}")]
    private static partial Regex Pattern();
}
