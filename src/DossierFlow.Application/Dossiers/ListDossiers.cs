using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record DossierRow(Guid Id, string MovementTitle, int PhaseYear, string ProposerName, string AwardName,
    string WorkflowId, int WorkflowVersion, string State, int NomineeCount, DateTime UpdatedAt, bool SubmittedLate);

/// <summary>Dossiers the actor may see: a unit's users see their own unit's, province-wide roles see all.</summary>
public sealed class ListDossiers(IAppDb db) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<DossierRow>> HandleAsync(Actor actor, Guid? movementId, int pageNumber, CancellationToken ct = default)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide)
        {
            var onMyAgenda = Council.SessionAccess.MyAgendaDossiers(db, actor);
            dossiers = dossiers.Where(d => d.ProposingOrganisationId == actor.OrganisationId || onMyAgenda.Contains(d.Id));
        }
        if (movementId is { } m) dossiers = dossiers.Where(d => d.MovementId == m);

        var query =
            from d in dossiers
            join mv in db.Movements on d.MovementId equals mv.Id
            join o in db.Organisations on d.ProposingOrganisationId equals o.Id
            join a in db.AwardTypes on d.AwardTypeId equals a.Id
            select new { d, mv.Title, o.Name, AwardName = a.Name, Year = mv.Phases.First(p => p.Id == d.PhaseId).Year };
        var total = await dossiers.CountAsync(ct);
        var page = Page<DossierRow>.Clamp(pageNumber);
        var rows = await query.OrderByDescending(x => x.d.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new DossierRow(x.d.Id, x.Title, x.Year, x.Name, x.AwardName, x.d.WorkflowId, x.d.WorkflowVersion, x.d.State,
                x.d.Nominees.Count, x.d.UpdatedAt, x.d.SubmittedLate))
            .ToListAsync(ct);
        return new Page<DossierRow>(rows, page, PageSize, total);
    }
}
