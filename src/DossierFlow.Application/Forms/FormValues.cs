using System.Text.Json;

namespace DossierFlow.Application.Forms;

/// <summary>The entered values of a form: text fields and table rows.</summary>
public sealed record FormValues(Dictionary<string, string> Values, Dictionary<string, List<Dictionary<string, string>>> Tables)
{
    public static FormValues Empty => new([], []);

    /// <summary>
    /// Every value and cell composed (Unicode NFC): text pasted from some editors or typed with a decomposing input
    /// method carries "ế" as "e" and two combining marks, which print wrongly and compare unequal.
    /// </summary>
    public FormValues Composed() => new(
        Values.ToDictionary(v => v.Key, v => (v.Value ?? "").Normalize(System.Text.NormalizationForm.FormC)),
        Tables.ToDictionary(t => t.Key, t => t.Value.Select(row => row.ToDictionary(c => c.Key, c => (c.Value ?? "").Normalize(System.Text.NormalizationForm.FormC))).ToList()));

    public string ToJson() => JsonSerializer.Serialize(this);

    public static FormValues FromJson(string json) =>
        JsonSerializer.Deserialize<FormValues>(json) is { } v ? v with { Values = v.Values ?? [], Tables = v.Tables ?? [] } : Empty;
}
