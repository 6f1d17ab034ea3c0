using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Pages.Dossiers;

public sealed class CreateModel(CreateDossier create, AppDbContext db) : AppPageModel
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
            return Forbidden("Chỉ cán bộ thi đua, khen thưởng của đơn vị được lập hồ sơ.");
        await LoadChoicesAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var newId = Guid.Empty;
        var parts = MovementPhase.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var movementId) || !Guid.TryParse(parts[1], out var phaseId))
        {
            (movementId, phaseId) = (Guid.Empty, Guid.Empty);
            ModelState.AddModelError(nameof(MovementPhase), "Vui lòng chọn phong trào và đợt khen thưởng.");
        }
        return RunAsync(
            async () => newId = await create.HandleAsync(Actor, new CreateDossierInput(movementId, phaseId, AwardTypeId, CommendationType), ct),
            () => RedirectToPage("/Dossiers/Details", new { id = newId }),
            async () => { await LoadChoicesAsync(ct); return Page(); });
    }

    /// <summary>Phases of the movements the actor's unit takes part in, and the awards on offer.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var organisationId = Actor.OrganisationId;
        var movements = await db.Movements.AsNoTracking().Include(m => m.Phases).Include(m => m.Awards)
            .Where(m => m.Participants.Any(p => p.OrganisationId == organisationId)).ToListAsync(ct);
        foreach (var m in movements)
        {
            var group = new SelectListGroup { Name = m.Title };
            Phases.AddRange(m.Phases.OrderByDescending(p => p.Year).ThenBy(p => p.Kind).Select(p =>
                new SelectListItem(p.Title, $"{m.Id}|{p.Id}") { Group = group }));
        }
        var offered = movements.SelectMany(m => m.Awards.Select(a => a.AwardTypeId)).ToHashSet();
        Awards.AddRange(await db.AwardTypes.AsNoTracking().Where(a => offered.Contains(a.Id) && a.IsActive)
            .OrderBy(a => a.Level).Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(ct));
    }
}
