using System.Text.RegularExpressions;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

internal static partial class Placeholders
{
    /// <summary>Replaces {key} with the model's value; an unknown key is left visible so a mistake shows in the draft.</summary>
    public static string Fill(string text, DocumentModel model) =>
        Pattern().Replace(text, m => model.Values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([a-z0-9-]+)\}")]
    private static partial Regex Pattern();
}
