using System.Text.Json;

namespace DossierFlow.Application.Forms;

/// <summary>The entered values of a form: text fields and table rows.</summary>
public sealed record FormValues(Dictionary<string, string> Values, Dictionary<string, List<Dictionary<string, string>>> Tables)
{
    public static FormValues Empty => new([], []);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static FormValues FromJson(string json) =>
        JsonSerializer.Deserialize<FormValues>(json) is { } v ? v with { Values = v.Values ?? [], Tables = v.Tables ?? [] } : Empty;
}
