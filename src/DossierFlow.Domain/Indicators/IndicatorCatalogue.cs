namespace DossierFlow.Domain.Indicators;

/// <summary>
/// The indicators of the poverty-reduction movements' yearly reports. "Start" is the figure at the beginning of
/// the reporting year (the previous year's review), "end" the figure of this year's review. Criteria files may
/// name only these codes; the report form and the .xlsx template list them in this order.
/// </summary>
public static class IndicatorCatalogue
{
    public const string HouseholdsStart = "households-start";
    public const string HouseholdsEnd = "households-end";
    public const string PoorStart = "poor-households-start";
    public const string PoorEnd = "poor-households-end";
    public const string NearPoorStart = "near-poor-households-start";
    public const string NearPoorEnd = "near-poor-households-end";
    public const string PovertyRateStart = "poverty-rate-start";
    public const string PovertyRateEnd = "poverty-rate-end";
    /// <summary>The drop of the poverty rate the unit claims for the year; when given it must match start − end.</summary>
    public const string PovertyRateReduction = "poverty-rate-reduction";
    public const string KhmerPovertyRateStart = "khmer-poverty-rate-start";
    public const string KhmerPovertyRateEnd = "khmer-poverty-rate-end";
    public const string EthnicMinorityPovertyRateStart = "ethnic-minority-poverty-rate-start";
    public const string EthnicMinorityPovertyRateEnd = "ethnic-minority-poverty-rate-end";
    /// <summary>The yearly drop of the poverty rate the superior assigned to the unit (chỉ tiêu được giao).</summary>
    public const string PovertyReductionTarget = "poverty-reduction-target";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(HouseholdsStart, "Tổng số hộ dân cư đầu năm", IndicatorUnit.Households),
        new(HouseholdsEnd, "Tổng số hộ dân cư cuối năm", IndicatorUnit.Households),
        new(PoorStart, "Số hộ nghèo đầu năm", IndicatorUnit.Households),
        new(PoorEnd, "Số hộ nghèo cuối năm", IndicatorUnit.Households),
        new(NearPoorStart, "Số hộ cận nghèo đầu năm", IndicatorUnit.Households),
        new(NearPoorEnd, "Số hộ cận nghèo cuối năm", IndicatorUnit.Households),
        new(PovertyRateStart, "Tỷ lệ hộ nghèo đầu năm (%)", IndicatorUnit.Percent),
        new(PovertyRateEnd, "Tỷ lệ hộ nghèo cuối năm (%)", IndicatorUnit.Percent),
        new(PovertyRateReduction, "Mức giảm tỷ lệ hộ nghèo trong năm (điểm %)", IndicatorUnit.PercentagePoints),
        new(KhmerPovertyRateStart, "Tỷ lệ hộ nghèo dân tộc Khmer đầu năm (%)", IndicatorUnit.Percent),
        new(KhmerPovertyRateEnd, "Tỷ lệ hộ nghèo dân tộc Khmer cuối năm (%)", IndicatorUnit.Percent),
        new(EthnicMinorityPovertyRateStart, "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số đầu năm (%)", IndicatorUnit.Percent),
        new(EthnicMinorityPovertyRateEnd, "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số cuối năm (%)", IndicatorUnit.Percent),
        new(PovertyReductionTarget, "Chỉ tiêu giảm tỷ lệ hộ nghèo được giao (điểm %)", IndicatorUnit.PercentagePoints),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode = All.ToDictionary(d => d.Code);

    public static IndicatorDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    public static IndicatorDefinition Get(string code) =>
        Find(code) ?? throw new ArgumentException($"Unknown indicator '{code}'.", nameof(code));
}
