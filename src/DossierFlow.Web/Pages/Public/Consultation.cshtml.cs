using DossierFlow.Application.Publicity;
using DossierFlow.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Public;

/// <summary>A dossier under public consultation and the form to send an opinion (no sign-in).</summary>
public sealed class ConsultationModel(GetPublicConsultation get, SendPublicOpinion send) : AppPageModel
{
    public PublicConsultationView? View { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Text { get; set; }

    public static int TextLimit => TextLimits.Opinion;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(id, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => View = await get.HandleAsync(RouteGuid(), ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await send.HandleAsync(id, ClientKeys.Of(HttpContext.Connection.RemoteIpAddress?.ToString()), new OpinionInput(Name, Contact, Text), ct);
        return Done("Cảm ơn bạn đã gửi ý kiến. Sở Nội vụ đã nhận ý kiến và sẽ xem xét trước khi trình khen thưởng.", new { id });
    }
}
