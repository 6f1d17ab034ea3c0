namespace DossierFlow.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string code, string message)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new DomainException(code, message);
        return trimmed;
    }

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A single plain address (local@domain.tld): what a unit's mailbox looks like, checked here so the Domain
    /// depends on no mail library; the sender parses it again strictly before sending.
    /// </summary>
    public static string Email(string value, string code, string message) =>
        IsPlainAddress(value) ? value : throw new DomainException(code, message);

    private static bool IsPlainAddress(string value)
    {
        var at = value.IndexOf('@');
        if (value.Length > 254 || at < 1 || at != value.LastIndexOf('@') || at > 64) return false;
        var local = value[..at];
        var labels = value[(at + 1)..].Split('.');
        return local.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c))
            && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..")
            && labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-')
                && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    public static string MaxLength(string value, int max, string code, string message) =>
        value.Length > max ? throw new DomainException(code, message) : value;
}
