using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Indicators;

/// <summary>How a version of a report's indicators came in.</summary>
public enum IndicatorSource
{
    /// <summary>Typed in the report's form.</summary>
    Form = 1,
    /// <summary>Imported from the .xlsx template.</summary>
    Import = 2,
}

/// <summary>
/// One version of the indicators of a yearly movement report (made by <see cref="Reports.MovementReport.SetIndicators"/>).
/// Versions are never changed: a correction is the next version, and the latest is the report's data.
/// </summary>
public sealed class ReportIndicators
{
    private readonly List<IndicatorValue> _values = [];

    private ReportIndicators() { EnteredBy = ""; }

    internal ReportIndicators(Guid reportId, int version, int reportRevision, IEnumerable<IndicatorValue> values,
        IndicatorSource source, DateTime enteredAt, string enteredBy)
    {
        Id = Ids.New();
        ReportId = reportId;
        Version = version;
        ReportRevision = reportRevision;
        Source = source;
        EnteredAt = enteredAt;
        EnteredBy = enteredBy;
        _values.AddRange(values);
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    /// <summary>1 for the first set entered, then one more for each correction.</summary>
    public int Version { get; private set; }
    /// <summary>The report's revision after this version was entered.</summary>
    public int ReportRevision { get; private set; }
    public IndicatorSource Source { get; private set; }
    public DateTime EnteredAt { get; private set; }
    public string EnteredBy { get; private set; }
    public IReadOnlyList<IndicatorValue> Values => _values;

    public decimal? Value(string code) => _values.FirstOrDefault(v => v.Code == code)?.Value;

    public IReadOnlyDictionary<string, decimal> AsDictionary() => _values.ToDictionary(v => v.Code, v => v.Value);
}

/// <summary>One indicator's figure in a version of a report's indicators.</summary>
public sealed class IndicatorValue
{
    private IndicatorValue() { Code = ""; }

    internal IndicatorValue(string code, decimal value) { Code = code; Value = value; }

    public string Code { get; private set; }
    public decimal Value { get; private set; }
}
