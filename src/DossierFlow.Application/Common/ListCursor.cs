using System.Globalization;
using System.Text;
using DossierFlow.Domain.Common;

namespace DossierFlow.Application.Common;

/// <summary>
/// Where the next page of a list starts (keyset paging, the API's <c>after=</c>): the sort key and id of the last
/// row a page showed, and that page's number. The next page is read with "rows after this key" and the index of
/// the order, so page 1,000 costs what page 2 costs, where skipping 25,000 rows made it 14 times page 1. Opaque to
/// clients (base64url of a short text): they follow <see cref="Page{T}.Next"/>, never build one.
/// </summary>
/// <param name="Page">The number of the page whose last row this is.</param>
/// <param name="Day">A date key (the inbox's due date), if the order has one.</param>
/// <param name="At">An instant key (the inbox's submission, the dossier list's last change).</param>
public sealed record ListCursor(int Page, DateOnly? Day, DateTime? At, Guid Id)
{
    private const string Version = "1";

    public string Encode()
    {
        var text = string.Join('|', Version, Page.ToString(CultureInfo.InvariantCulture),
            Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            At?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "", Id.ToString("N"));
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor a token names, or null when there is none.</summary>
    /// <exception cref="DomainException">The token is not one a list gave (changed, cut short, from another version).</exception>
    public static ListCursor? Decode(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var base64 = token.Trim().Replace('-', '+').Replace('_', '/');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='))).Split('|');
            if (parts is [Version, var page, var day, var at, var id])
                return new ListCursor(
                    Math.Clamp(int.Parse(page, NumberStyles.None, CultureInfo.InvariantCulture), 1, Common.Page<object>.MaxPageNumber - 1),
                    day.Length == 0 ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    at.Length == 0 ? null : new DateTime(long.Parse(at, NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc),
                    Guid.ParseExact(id, "N"));
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException) { }
        throw new DomainException("invalid-cursor",
            "Tham số \"after\" không hợp lệ: hãy dùng đúng giá trị \"next\" mà trang trước của danh sách trả về.");
    }
}
