using DossierFlow.Application.Awards;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Inbox;

/// <summary>
/// Sở Nội vụ's inbox: dossiers to receive and appraise, by SLA due date. A unit is found by the search (its name,
/// without diacritics if need be), not picked from a list of every organisation.
/// </summary>
public sealed class IndexModel(ListInbox inbox, ListMovements movements, ListAwardTypes awards, WorkflowCatalog workflows) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public DossierListQuery Filter { get; set; } = new();

    public Page<InboxRow> Rows { get; private set; } = new([], 1, 1, 0);
    public DossierFilterForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var holder = Domain.Workflows.Vocabulary.Holder.HomeAffairs;
        Rows = await inbox.HandleAsync(Actor, holder, Filter.ToFilter(), ct);
        Form = await DossierFilterForms.LoadAsync(Filter, movements, awards, workflows, holder, ct);
        return Page();
    }
}
