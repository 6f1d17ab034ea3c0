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

    /// <summary>A single address as written (no display name, nothing the parser would rewrite), at most 254 characters.</summary>
    public static string Email(string value, string code, string message) =>
        value.Length <= 254 && System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value
            ? value : throw new DomainException(code, message);

    public static string MaxLength(string value, int max, string code, string message) =>
        value.Length > max ? throw new DomainException(code, message) : value;
}
