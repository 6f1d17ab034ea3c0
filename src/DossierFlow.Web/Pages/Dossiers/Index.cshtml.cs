using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

public sealed class IndexModel(ListDossiers list) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Page<DossierRow> Dossiers { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken ct) => Dossiers = await list.HandleAsync(Actor, null, PageNumber, ct);
}
