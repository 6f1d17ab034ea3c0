using DossierFlow.Application.Common;
using DossierFlow.Application.Council.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Chairman;

/// <summary>The sessions whose minutes are issued: where the Chairman decides, one award at a time.</summary>
public sealed class SessionsModel(ChairmanSessions sessions) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<DecidedSession> Sessions { get; private set; } = new([], 1, ChairmanSessions.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Sessions = await sessions.HandleAsync(Actor, PageNumber, ct);
        return Page();
    }
}
