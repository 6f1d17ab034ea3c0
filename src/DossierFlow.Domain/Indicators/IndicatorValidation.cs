using System.Globalization;

namespace DossierFlow.Domain.Indicators;

/// <summary>
/// The checks a set of indicators passes before it is stored: known codes, ranges, whole households, and the
/// figures agreeing with each other. Every problem is returned, each naming its indicator, so a form can mark
/// each field and an import each cell.
/// </summary>
public static class IndicatorValidation
{
    private const decimal MaxHouseholds = 10_000_000m;
    // Rates are published with two decimals; a rate recomputed from the counts may differ by rounding only.
    private const decimal RateTolerance = 0.01m;

    public static IReadOnlyList<IndicatorProblem> Problems(IReadOnlyDictionary<string, decimal> values)
    {
        var problems = new List<IndicatorProblem>();
        foreach (var (code, value) in values)
        {
            var definition = IndicatorCatalogue.Find(code);
            if (definition is null)
            {
                problems.Add(new(code, $"Chỉ tiêu \"{code}\" không có trong danh mục."));
                continue;
            }
            var problem = RangeProblem(definition, value);
            if (problem is not null) problems.Add(new(code, problem));
        }
        if (problems.Count > 0) return problems;

        decimal? V(string code) => values.TryGetValue(code, out var v) ? v : null;
        foreach (var (households, poor, nearPoor, rate, when) in new[]
                 {
                     (IndicatorCatalogue.HouseholdsStart, IndicatorCatalogue.PoorStart, IndicatorCatalogue.NearPoorStart, IndicatorCatalogue.PovertyRateStart, "đầu năm"),
                     (IndicatorCatalogue.HouseholdsEnd, IndicatorCatalogue.PoorEnd, IndicatorCatalogue.NearPoorEnd, IndicatorCatalogue.PovertyRateEnd, "cuối năm"),
                 })
        {
            if (V(households) is not { } total) continue;
            if (V(poor) is { } p && p > total)
                problems.Add(new(poor, $"Số hộ nghèo {when} ({Format(p)}) lớn hơn tổng số hộ {when} ({Format(total)})."));
            else if (V(nearPoor) is { } n && n > total)
                problems.Add(new(nearPoor, $"Số hộ cận nghèo {when} ({Format(n)}) lớn hơn tổng số hộ {when} ({Format(total)})."));
            else if (V(poor) is { } p2 && V(nearPoor) is { } n2 && p2 + n2 > total)
                problems.Add(new(nearPoor, $"Số hộ nghèo và cận nghèo {when} ({Format(p2 + n2)}) lớn hơn tổng số hộ {when} ({Format(total)})."));
            if (V(poor) is { } count && V(rate) is { } given && total > 0)
            {
                var computed = Math.Round(count * 100m / total, 2, MidpointRounding.AwayFromZero);
                if (Math.Abs(computed - given) > RateTolerance)
                    problems.Add(new(rate, $"Tỷ lệ hộ nghèo {when} {Format(given)}% không khớp với {Format(count)}/{Format(total)} hộ ({Format(computed)}%)."));
            }
        }
        if (V(IndicatorCatalogue.PovertyRateReduction) is { } claimed)
        {
            var (start, end) = (V(IndicatorCatalogue.PovertyRateStart), V(IndicatorCatalogue.PovertyRateEnd));
            if (start is null || end is null)
                problems.Add(new(IndicatorCatalogue.PovertyRateReduction, "Có mức giảm tỷ lệ hộ nghèo thì phải có tỷ lệ hộ nghèo đầu năm và cuối năm."));
            else if (end > start)
                problems.Add(new(IndicatorCatalogue.PovertyRateEnd, $"Báo cáo giảm tỷ lệ hộ nghèo nhưng tỷ lệ cuối năm ({Format(end.Value)}%) cao hơn đầu năm ({Format(start.Value)}%)."));
            else if (Math.Abs(start.Value - end.Value - claimed) > RateTolerance)
                problems.Add(new(IndicatorCatalogue.PovertyRateReduction, $"Mức giảm {Format(claimed)} điểm % không khớp với tỷ lệ đầu năm {Format(start.Value)}% và cuối năm {Format(end.Value)}% (giảm {Format(start.Value - end.Value)} điểm %)."));
        }
        return problems;
    }

    private static string? RangeProblem(IndicatorDefinition definition, decimal value) => definition.Unit switch
    {
        IndicatorUnit.Households when value < 0 || value > MaxHouseholds =>
            $"{definition.Name}: {Format(value)} phải từ 0 đến {Format(MaxHouseholds)} hộ.",
        IndicatorUnit.Households when value != decimal.Truncate(value) =>
            $"{definition.Name}: số hộ phải là số nguyên, không phải {Format(value)}.",
        IndicatorUnit.Percent or IndicatorUnit.PercentagePoints when value < 0 || value > 100 =>
            $"{definition.Name}: {Format(value)} phải từ 0 đến 100.",
        IndicatorUnit.Percent or IndicatorUnit.PercentagePoints when Math.Round(value, 2) != value =>
            $"{definition.Name}: {Format(value)} có quá 2 chữ số thập phân.",
        _ => null,
    };

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A figure as Vietnamese write it: "2,85", "12.340".</summary>
    public static string Format(decimal value) => value.ToString("#,##0.##", Vietnamese);
}
