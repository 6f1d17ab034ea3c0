using DossierFlow.Domain.Indicators;
using I = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Domain.Criteria;

/// <summary>
/// What a rule measures, built from the indicators of the yearly reports: a rate (start and end of each year) or a
/// number of households (one indicator, or a sum of two).
/// </summary>
public static class Measures
{
    public sealed record Measure(string Code, string Name, bool IsRate, IReadOnlyList<string> StartCodes, IReadOnlyList<string> EndCodes);

    public static IReadOnlyList<Measure> All { get; } =
    [
        new("poverty-rate", "tỷ lệ hộ nghèo", true, [I.PovertyRateStart], [I.PovertyRateEnd]),
        new("khmer-poverty-rate", "tỷ lệ hộ nghèo dân tộc Khmer", true, [I.KhmerPovertyRateStart], [I.KhmerPovertyRateEnd]),
        new("ethnic-minority-poverty-rate", "tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", true,
            [I.EthnicMinorityPovertyRateStart], [I.EthnicMinorityPovertyRateEnd]),
        new("poor-households", "số hộ nghèo", false, [I.PoorStart], [I.PoorEnd]),
        new("poor-and-near-poor-households", "số hộ nghèo và hộ cận nghèo", false,
            [I.PoorStart, I.NearPoorStart], [I.PoorEnd, I.NearPoorEnd]),
    ];

    public static Measure? Find(string code) => All.FirstOrDefault(m => m.Code == code);

    /// <summary>The measure in a year's indicators at its start or end, or the first indicator missing.</summary>
    public static (decimal? Value, string? MissingCode) Read(Measure measure, IReadOnlyDictionary<string, decimal>? year, bool atEnd)
    {
        decimal total = 0;
        foreach (var code in atEnd ? measure.EndCodes : measure.StartCodes)
        {
            if (year is null || !year.TryGetValue(code, out var value)) return (null, code);
            total += value;
        }
        return (total, null);
    }

    public static string IndicatorName(string code) => IndicatorCatalogue.Find(code)?.Name ?? code;
}
