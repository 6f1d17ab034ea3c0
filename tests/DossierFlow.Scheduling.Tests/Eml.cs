using System.Text;
using System.Text.RegularExpressions;

namespace DossierFlow.Scheduling.Tests;

/// <summary>Just enough of RFC 5322/2047 to read back what SmtpClient wrote: headers (unfolded, encoded words decoded) and a base64 body.</summary>
internal static partial class Eml
{
    public static (Dictionary<string, string> Headers, string Body) Read(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var i and >= 0 ? i : text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = Regex.Replace(text[..split], @"\r?\n[ \t]+", " ");
        var headers = head.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(':'))
            .GroupBy(l => l[..l.IndexOf(':')].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => Decode(g.First()[(g.First().IndexOf(':') + 1)..].Trim()));
        var body = text[split..].Trim();
        if (headers.GetValueOrDefault("content-transfer-encoding")?.Equals("base64", StringComparison.OrdinalIgnoreCase) == true)
            body = Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", "")));
        return (headers, body);
    }

    private static string Decode(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m => m.Groups[2].Value.ToUpperInvariant() == "B"
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : Encoding.UTF8.GetString(QuotedPrintable(m.Groups[3].Value.Replace('_', ' '))));

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '=' && i + 2 < text.Length) { bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16)); i += 2; }
            else bytes.Add((byte)text[i]);
        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(utf-8|UTF-8)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
