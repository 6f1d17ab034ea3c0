using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Organisations;

public sealed class IndexModel(ListOrganisations list) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<OrganisationRow> Organisations { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken ct) => Organisations = await list.HandleAsync(Search, PageNumber, ct);
}
