using DossierFlow.Application.Awards;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>The dossiers the user may see (a unit's own; all for the province's roles), searched, filtered and paged.</summary>
public sealed class IndexModel(ListDossiers list, ListMovements movements, ListAwardTypes awards, WorkflowCatalog workflows) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public DossierListQuery Filter { get; set; } = new();

    public Page<DossierRow> Dossiers { get; private set; } = new([], 1, 1, 0);
    public DossierFilterForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dossiers = await list.HandleAsync(Actor, Filter.ToFilter(), ct);
        Form = await DossierFilterForms.LoadAsync(Filter, movements, awards, workflows, null, ct);
    }
}
