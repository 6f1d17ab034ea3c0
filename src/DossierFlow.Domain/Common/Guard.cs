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

    public static string MaxLength(string value, int max, string code, string message) =>
        value.Length > max ? throw new DomainException(code, message) : value;
}
