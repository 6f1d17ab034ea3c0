using DossierFlow.Application.Publicity;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <param name="CanOpen">The reviewer may put this dossier to public consultation (its award is set to it and it has none yet).</param>
public sealed record DossierConsultationModel(Guid DossierId, DossierConsultation? Consultation, bool CanOpen);

/// <summary>The dossier page's public consultation part: Sở Nội vụ sees the period and the opinions, and its reviewer opens one.</summary>
public sealed class DossierConsultationViewComponent(GetDossierConsultation get) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid dossierId, AwardType award, bool final)
    {
        var actor = UserClaimsPrincipal.ToActor();
        var consultation = await get.HandleAsync(actor, dossierId, HttpContext.RequestAborted);
        var canOpen = consultation is null && !final && award.Level == AwardLevel.National && award.PublicConsultation
            && actor.IsIn(Roles.HomeAffairsReviewer);
        return consultation is null && !canOpen ? Content("") : View(new DossierConsultationModel(dossierId, consultation, canOpen));
    }
}
