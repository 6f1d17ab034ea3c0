using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Indicators;

/// <summary>What is wrong with one indicator's value; <see cref="Code"/> lets a form or an import name its field or cell.</summary>
public sealed record IndicatorProblem(string Code, string Message);

/// <summary>The indicators given were refused, all problems at once; nothing was saved.</summary>
public sealed class IndicatorDataException(IReadOnlyList<IndicatorProblem> problems)
    : DomainException("indicators-invalid", "Số liệu chỉ tiêu không hợp lệ: " + string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<IndicatorProblem> Problems { get; } = problems;
}
