using System.Globalization;

namespace DossierFlow.Application.Common;

/// <summary>vi-VN formatting used by pages, documents and mails (dd/MM/yyyy, local time Asia/Ho_Chi_Minh).</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>A stored UTC time as the clock on the wall in Việt Nam shows it.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);

    public static string DateTime(DateTime utc) => Local(utc).ToString("dd/MM/yyyy HH:mm", Culture);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow().UtcDateTime));

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], Culture, DateTimeStyles.None, out date);
}
