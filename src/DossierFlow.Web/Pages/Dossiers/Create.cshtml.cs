using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Dossiers;

public sealed class CreateModel(CreateDossier create, ListDossierChoices choices) : AppPageModel
{
    /// <summary>"movementId|phaseId": one choice picks both, since a phase belongs to one movement.</summary>
    [BindProperty, Required(ErrorMessage = "Vui lòng chọn phong trào và đợt khen thưởng.")]
    public string MovementPhase { get; set; } = "";
    [BindProperty] public Guid AwardTypeId { get; set; }
    [BindProperty] public CommendationType CommendationType { get; set; } = CommendationType.Movement;

    public List<SelectListItem> Phases { get; } = [];
    public List<SelectListItem> Awards { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ActorForView.IsIn(Domain.Access.Roles.UnitClerk))
            throw new ForbiddenException("Chỉ cán bộ thi đua, khen thưởng của đơn vị được lập hồ sơ.");
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parts = MovementPhase.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var movementId) || !Guid.TryParse(parts[1], out var phaseId))
        {
            (movementId, phaseId) = (Guid.Empty, Guid.Empty);
            ModelState.AddModelError(nameof(MovementPhase), "Vui lòng chọn phong trào và đợt khen thưởng.");
        }
        ThrowIfInvalid();
        var id = await create.HandleAsync(Actor, new CreateDossierInput(movementId, phaseId, AwardTypeId, CommendationType), ct);
        return RedirectToPage("/Dossiers/Details", new { id });
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var (phases, awards) = await choices.HandleAsync(Actor, ct);
        var groups = new Dictionary<Guid, SelectListGroup>();
        Phases.AddRange(phases.Select(p => new SelectListItem(p.PhaseTitle, $"{p.MovementId}|{p.PhaseId}")
        {
            Group = groups.TryGetValue(p.MovementId, out var g) ? g : groups[p.MovementId] = new SelectListGroup { Name = p.MovementTitle },
        }));
        Awards.AddRange(awards.Select(a => new SelectListItem(a.Name, a.Id.ToString())));
    }
}
