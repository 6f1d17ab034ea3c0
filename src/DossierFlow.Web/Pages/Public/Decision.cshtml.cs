using DossierFlow.Application.Publicity;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Public;

/// <summary>One published decision and its awarded list, searchable by name or unit (no sign-in).</summary>
public sealed class DecisionModel(ListPublishedDecisions decisions) : AppPageModel
{
    public PublishedDecisionsView? View { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await decisions.HandleAsync(Search, id, PageNumber, ct);
        return Page();
    }
}
