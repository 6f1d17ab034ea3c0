using DossierFlow.Application.Awards;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.People;

/// <summary>Award history: a person's or a unit's awards, found by name (without diacritics too) or CCCD.</summary>
public sealed class IndexModel(SearchAwardHistory search) : AppPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    public AwardHistoryView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await search.HandleAsync(Actor, Query, ct);
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => Task.CompletedTask;
}
