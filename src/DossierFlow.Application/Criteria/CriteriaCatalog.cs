using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Criteria;

namespace DossierFlow.Application.Criteria;

/// <summary>
/// The criteria the application judges by: the newest valid published version of each criteria file. Filled at
/// start from the database after the folder was published into it (<see cref="CriteriaPublisher"/>).
/// </summary>
public sealed class CriteriaCatalog
{
    private volatile IReadOnlyList<CriteriaSet> _sets = [];

    public IReadOnlyList<WorkflowProblem> Problems { get; private set; } = [];

    public void Replace(IEnumerable<CriteriaSet> sets, IReadOnlyList<WorkflowProblem> problems)
    {
        _sets = sets.GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Version)!).OrderBy(s => s.Id).ToList();
        Problems = problems;
    }

    public IReadOnlyList<CriteriaSet> All => _sets;

    /// <summary>The criteria of the movement launched by this plan, if a criteria file names it.</summary>
    public CriteriaSet? ForPlan(string planNumber) =>
        _sets.FirstOrDefault(s => string.Equals(s.PlanNumber, planNumber, StringComparison.OrdinalIgnoreCase));
}
