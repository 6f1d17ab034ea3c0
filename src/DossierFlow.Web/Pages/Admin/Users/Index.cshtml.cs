using DossierFlow.Application.Common;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Users;

public sealed class IndexModel(ListUsers list) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<UserRow> Users { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken ct) => Users = await list.HandleAsync(Actor, PageNumber, ct);
}
