using System.Globalization;

namespace DossierFlow.Application.Common;

/// <summary>vi-VN formatting used by pages, documents and mails (dd/MM/yyyy, local time Asia/Ho_Chi_Minh).</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    public static string DateTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone).ToString("dd/MM/yyyy HH:mm", Culture);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZone));

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], Culture, DateTimeStyles.None, out date);
}
