using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Workflows;

/// <summary>
/// A transition's guards refused it. The message lists every problem in Vietnamese for the user; <see cref="Guards"/>
/// names the guards that failed, a stable key for callers and tests.
/// </summary>
public sealed class GuardFailedException(string transitionTitle, IReadOnlyList<(string Guard, string Problem)> failed)
    : DomainException("transition-guard", $"Chưa thể \"{transitionTitle}\": " + string.Join(" ", failed.Select(f => f.Problem)))
{
    public IReadOnlyList<string> Guards { get; } = failed.Select(f => f.Guard).Distinct().ToList();
}
