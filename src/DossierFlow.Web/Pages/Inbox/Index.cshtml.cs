using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Organisations;
using DossierFlow.Application.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Inbox;

/// <summary>Sở Nội vụ's inbox: dossiers to receive and appraise, overdue first.</summary>
public sealed class IndexModel(ListInbox inbox, ListMovements movements, ListOrganisations organisations, WorkflowCatalog workflows) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? MovementId { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<InboxRow> Rows { get; private set; } = new([], 1, 1, 0);
    public List<SelectListItem> MovementChoices { get; } = [];
    public List<SelectListItem> StateChoices { get; } = [];
    public List<SelectListItem> OrganisationChoices { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rows = await inbox.HandleAsync(Actor, Domain.Workflows.Vocabulary.Holder.HomeAffairs, new InboxFilter(MovementId, State, OrganisationId, OverdueOnly, PageNumber), ct);
        MovementChoices.AddRange((await movements.HandleAsync(ct)).Select(m => new SelectListItem(m.Title, m.Id.ToString())));
        OrganisationChoices.AddRange((await organisations.ChoicesAsync(ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())));
        StateChoices.AddRange(workflows.All.SelectMany(w => w.States.Values).Where(s => s.IsHeldBy(Domain.Workflows.Vocabulary.Holder.HomeAffairs))
            .DistinctBy(s => s.Name).Select(s => new SelectListItem(s.Title, s.Name)));
        return Page();
    }

    public string Query => $"movementId={MovementId}&state={Uri.EscapeDataString(State ?? "")}&organisationId={OrganisationId}&overdueOnly={OverdueOnly}&";
}
