namespace DossierFlow.Domain.Indicators;

/// <summary>What an indicator's number counts, which decides its range and how it is written.</summary>
public enum IndicatorUnit
{
    /// <summary>A whole number of households (hộ).</summary>
    Households = 1,
    /// <summary>A share in percent, 0 to 100, two decimals (tỷ lệ %).</summary>
    Percent = 2,
    /// <summary>A change of a rate in percentage points (điểm %), 0 to 100, two decimals.</summary>
    PercentagePoints = 3,
}
