using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>
/// The unit's clerk types the report's indicators in the form on the report page: each field as typed ("2,85",
/// "1.250"), an empty field not reported. Every problem is refused at once, naming its indicator (text that is not a
/// number, a rate above 100, an end above the start when a drop is claimed, counts above the households); nothing
/// is stored then. Otherwise the values become the report's next version.
/// </summary>
public sealed class EnterReportIndicators(IAppDb db, TimeProvider clock) : IUseCase
{
    /// <returns>The version stored.</returns>
    public async Task<int> HandleAsync(Actor actor, Guid reportId, int revision, IReadOnlyDictionary<string, string?> typed, CancellationToken ct = default)
    {
        var report = await ReportIndicatorRules.LoadOwnAsync(db, actor, reportId, revision, ct);
        var problems = new List<IndicatorProblem>();
        var values = new Dictionary<string, decimal>();
        foreach (var (code, text) in typed)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (IndicatorCatalogue.Find(code) is not { } definition)
                problems.Add(new IndicatorProblem(code, $"Chỉ tiêu \"{code}\" không có trong danh mục."));
            else if (IndicatorNumbers.TryParse(text, out var value)) values[code] = value;
            else problems.Add(new IndicatorProblem(code, $"{definition.Name}: \"{text.Trim()}\" không phải là số (ví dụ 2,85 hoặc 1.250)."));
        }
        if (problems.Count > 0) throw new IndicatorDataException(problems);
        if (values.Count == 0) throw new DomainException("indicators-empty", "Chưa nhập chỉ tiêu nào.");
        var set = await ReportIndicatorRules.SaveAsync(db, report, revision, values, IndicatorSource.Form, clock.GetUtcNow().UtcDateTime, actor.UserId, ct);
        return set.Version;
    }
}
