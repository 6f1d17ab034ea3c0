using System.Globalization;

namespace DossierFlow.Application.Forms;

/// <summary>NĐ 30/2020's date line: "Sóc Trăng, ngày 05 tháng 01 năm 2026" — a leading 0 for days below 10 and months 1–2.</summary>
public static class DocumentDates
{
    public static string PlaceDate(string place, DateOnly date) => $"{place}, {LongDate(date)}";

    /// <summary>A draft's date line: the day and month left for whoever signs, "Sóc Trăng, ngày … tháng … năm 2026".</summary>
    public static string BlankPlaceDate(string place, int year) => $"{place}, ngày … tháng … năm {year}";

    /// <summary>"ngày 05 tháng 01 năm 2026".</summary>
    public static string LongDate(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}";

    /// <summary>"Số: 05/TTr-SNV", or "Số:      /TTr-SNV" for an unnumbered draft.</summary>
    public static string NumberLine(int? number, string symbol, string issuerShortCode) =>
        number is { } n ? $"Số: {n:00}/{symbol}-{issuerShortCode}" : $"Số:        /{symbol}-{issuerShortCode}";
}
