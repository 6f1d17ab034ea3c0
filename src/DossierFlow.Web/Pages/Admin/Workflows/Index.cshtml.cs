using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Web.Pages.Admin.Workflows;

/// <summary>The published workflow versions, the problems found in the folder at start, and each diagram.</summary>
public sealed class IndexModel(WorkflowCatalog workflows) : AppPageModel
{
    public IReadOnlyList<WorkflowDefinition> Definitions { get; private set; } = [];
    public IReadOnlyList<WorkflowProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
        Definitions = workflows.All.ToList();
        Problems = workflows.Problems;
    }
}
