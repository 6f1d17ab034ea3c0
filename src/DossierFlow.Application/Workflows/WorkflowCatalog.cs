using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Workflows;

/// <summary>
/// Every published workflow version the application knows, by id and version. Filled at start from the
/// database (where published versions are kept for ever) after the folder has been published into it.
/// </summary>
public sealed class WorkflowCatalog
{
    private volatile IReadOnlyDictionary<(string Id, int Version), WorkflowDefinition> _definitions =
        new Dictionary<(string, int), WorkflowDefinition>();

    public IReadOnlyList<WorkflowProblem> Problems { get; private set; } = [];

    public void Replace(IEnumerable<WorkflowDefinition> definitions, IReadOnlyList<WorkflowProblem> problems)
    {
        _definitions = definitions.ToDictionary(d => (d.Id, d.Version));
        Problems = problems;
    }

    public IEnumerable<WorkflowDefinition> All => _definitions.Values.OrderBy(d => d.Id).ThenBy(d => d.Version);

    public WorkflowDefinition Get(string id, int version) =>
        _definitions.TryGetValue((id, version), out var definition) ? definition
            : throw new InvalidOperationException($"Workflow {id} version {version} is not published.");

    public WorkflowDefinition? Find(string id, int version) => _definitions.GetValueOrDefault((id, version));

    /// <summary>The newest version, which new subjects start on.</summary>
    public WorkflowDefinition Latest(string id) =>
        _definitions.Values.Where(d => d.Id == id).MaxBy(d => d.Version)
        ?? throw new Domain.Common.DomainException("workflow-missing", $"Chưa có quy trình \"{id}\" hợp lệ.");

    public string StateTitle(string id, int version, string state) =>
        Find(id, version)?.States.GetValueOrDefault(state)?.Title ?? state;
}
