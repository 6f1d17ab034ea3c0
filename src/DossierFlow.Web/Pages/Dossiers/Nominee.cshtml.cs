using DossierFlow.Application.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>One nominee of a dossier, edited by the proposing unit's clerk while the dossier is at the unit.</summary>
public sealed class NomineeModel(GetDossier get, EditNominees edit) : AppPageModel
{
    [BindProperty] public NomineeFields Nominee { get; set; } = new();
    [BindProperty] public int Revision { get; set; }

    public Guid DossierId => RouteGuid();
    public Guid NomineeId => RouteGuid("nomineeId");

    public async Task<IActionResult> OnGetAsync(Guid id, Guid nomineeId, CancellationToken ct)
    {
        var view = await get.HandleAsync(Actor, id, ct);
        var nominee = view.Dossier.Nominees.FirstOrDefault(n => n.Id == nomineeId) ?? throw new Application.Common.NotFoundException("Không tìm thấy đối tượng trong hồ sơ.");
        Nominee = NomineeFields.From(nominee);
        Revision = view.Dossier.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid nomineeId, CancellationToken ct)
    {
        var details = Nominee.ToDetails(ModelState, nameof(Nominee));
        ThrowIfInvalid();
        await edit.ChangeAsync(Actor, id, Revision, nomineeId, details, ct);
        return Done($"Đã lưu \"{Nominee.Name.Trim()}\".", "/Dossiers/Details", new { id });
    }
}
