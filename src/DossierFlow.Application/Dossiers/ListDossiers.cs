using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record DossierRow(Guid Id, string Code, string MovementTitle, int PhaseYear, string ProposerName, string AwardName,
    string WorkflowId, int WorkflowVersion, string State, int NomineeCount, DateTime UpdatedAt, bool SubmittedLate);

/// <summary>
/// Dossiers the actor may see, newest change first: a unit's users see their own unit's, a council member also those
/// on their sessions' agendas, province-wide roles (Sở Nội vụ, the auditor…) all. Filtered, counted and paged in the
/// database; each visibility rule is one indexed condition (the agenda's dossiers join as a union, not an OR).
/// Deep pages by key: each page gives the token of the next (<see cref="ListCursor"/>).
/// </summary>
public sealed class ListDossiers(IAppDb db, IDossierSearch search, TimeProvider clock) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<DossierRow>> HandleAsync(Actor actor, DossierFilter filter, CancellationToken ct = default)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide)
        {
            var own = actor.OrganisationId;
            if (actor.IsIn(Roles.CouncilMember))
            {
                var visible = db.Dossiers.Where(d => d.ProposingOrganisationId == own).Select(d => d.Id)
                    .Union(Council.SessionAccess.MyAgendaDossiers(db, actor));
                dossiers = dossiers.Where(d => visible.Contains(d.Id));
            }
            else dossiers = dossiers.Where(d => d.ProposingOrganisationId == own);
        }
        dossiers = dossiers.Where(filter, db, search, VietnameseFormat.Today(clock));

        var total = await dossiers.CountAsync(ct);
        var cursor = ListCursor.Decode(filter.After);
        var page = cursor is null ? Page<DossierRow>.Clamp(filter.Page) : cursor.Page + 1;
        var ordered = dossiers.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id);
        var window = cursor is { At: { } at, Id: var id }
            // "At or before" bounds the walk of the UpdatedAt index; the rest breaks ties on the instant by id.
            ? dossiers.Where(d => d.UpdatedAt <= at && (d.UpdatedAt < at || d.Id.CompareTo(id) < 0))
                .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Take(PageSize)
            : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await (
                from d in window
                join mv in db.Movements on d.MovementId equals mv.Id
                join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                join a in db.AwardTypes on d.AwardTypeId equals a.Id
                orderby d.UpdatedAt descending, d.Id descending
                select new DossierRow(d.Id, d.Code, mv.Title, mv.Phases.First(p => p.Id == d.PhaseId).Year, o.Name, a.Name,
                    d.WorkflowId, d.WorkflowVersion, d.State, d.Nominees.Count, d.UpdatedAt, d.SubmittedLate))
            .ToListAsync(ct);
        var next = rows.Count == PageSize && page * PageSize < total ? new ListCursor(page, null, rows[^1].UpdatedAt, rows[^1].Id).Encode() : null;
        return new Page<DossierRow>(rows, page, PageSize, total, next);
    }
}
