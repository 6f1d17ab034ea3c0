using DossierFlow.Application.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The council's sessions: all of them for the secretary and the province's leaders, their own for members.</summary>
public sealed class IndexModel(GetSessions sessions) : AppPageModel
{
    public IReadOnlyList<SessionRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rows = await sessions.ListAsync(Actor, ct);
        return Page();
    }
}
