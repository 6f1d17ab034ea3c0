using DossierFlow.Application.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.People;

/// <summary>A nominee's history: every proposal and award DossierFlow knows for the same person.</summary>
public sealed class DetailsModel(GetPerson get) : AppPageModel
{
    public PersonView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid nomineeId, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, nomineeId, ct);
        return Page();
    }
}
