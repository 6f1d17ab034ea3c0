using DossierFlow.Application.Common;
using DossierFlow.Application.Publicity;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>Sở Nội vụ's reviewer puts the dossier to public consultation (the form is on the dossier page).</summary>
public sealed class ConsultationModel(OpenPublicConsultation open) : AppPageModel
{
    [BindProperty] public string? OpensOn { get; set; }
    [BindProperty] public string? ClosesOn { get; set; }

    /// <summary>Nothing to show by itself: the form and the opinions are on the dossier page.</summary>
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var closes = await open.HandleAsync(Actor, id, OpensOn, ClosesOn, ct);
        return Done($"Hồ sơ được đưa ra lấy ý kiến Nhân dân trên trang công khai đến hết ngày {VietnameseFormat.Date(closes)}.", "Details", new { id });
    }
}
