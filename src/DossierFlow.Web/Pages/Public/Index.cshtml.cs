using DossierFlow.Application.Common;
using DossierFlow.Application.Publicity;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Public;

/// <summary>The public page (no sign-in): dossiers under public consultation and the published decisions, searchable by name or unit.</summary>
public sealed class IndexModel(ListPublicConsultations consultations, ListPublishedDecisions decisions) : AppPageModel
{
    public Page<PublicConsultationRow>? Consultations { get; private set; }
    public PublishedDecisionsView? Decisions { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int ConsultationPage { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Consultations = await consultations.HandleAsync(ConsultationPage, ct);
        Decisions = await decisions.HandleAsync(Search, null, PageNumber, ct);
        return Page();
    }
}
