using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>
/// A figure as a Vietnamese clerk types it: "2,85" (decimal comma), "12.340" (thousands dot), "2.85" (a decimal point
/// from an English keyboard, when what follows the point is not a group of three), "3,5%"; a lone "12.345" is read as
/// twelve thousand three hundred forty-five, as in Vietnamese. The reader of a workbook writes number cells with a
/// decimal comma and no grouping, so they read back exactly.
/// </summary>
public static partial class IndicatorNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Replace(" ", "").Replace("\u00a0", "").TrimEnd('%');
        var negative = t.StartsWith('-');
        if (negative) t = t[1..];
        string? normal = null;
        if (Grouped().IsMatch(t)) normal = t.Replace(".", "").Replace(',', '.');
        else if (CommaDecimal().IsMatch(t)) normal = t.Replace(',', '.');
        else if (PointDecimal().IsMatch(t)) normal = t;
        if (normal is null || !decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, Invariant, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>A figure as Vietnamese write it: "2,85", "12.340".</summary>
    public static string Format(decimal value) => value.ToString("#,##0.##", Common.VietnameseFormat.Culture);

    /// <summary>A figure as a form's input shows it: decimal comma, no grouping ("12340", "2,85").</summary>
    public static string Input(decimal value) => value.ToString("0.##", Common.VietnameseFormat.Culture);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^\d+(,\d+)?$")]
    private static partial Regex CommaDecimal();

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex PointDecimal();
}
