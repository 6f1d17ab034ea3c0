using DossierFlow.Application.Council;
using DossierFlow.Application.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>Sở Nội vụ records the central decision on a national award: number, date and outcome per nominee.</summary>
public sealed class CentralModel(GetDossier get, RecordCentralDecision record) : AppPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public string? Number { get; set; } = "";
    [BindProperty] public string? Date { get; set; } = "";
    [BindProperty] public List<Guid> Awarded { get; set; } = [];

    public DossierView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, id, ct);
        Revision = View.Dossier.Revision;
        OperationId = Guid.NewGuid();
        Awarded = View.Dossier.Nominees.Where(n => n.InDecision).Select(n => n.Id).ToList();
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => View = await get.HandleAsync(Actor, RouteGuid(), ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        await record.HandleAsync(Actor, id, new CentralDecisionInput(Revision, OperationId, Number, Date, Awarded), ct);
        return Done("Đã ghi nhận quyết định của Trung ương.", "Details", new { id });
    }
}
