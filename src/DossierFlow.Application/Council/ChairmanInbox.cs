using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record RecommendedNominee(Guid Id, string Name, string Kind, string? CouncilNote);

public sealed record ChairmanDossier(Guid Id, string Code, int Revision, string ProposerName, string StateTitle, bool National, IReadOnlyList<RecommendedNominee> Recommended);

public sealed record ChairmanGroup(string MovementTitle, string AwardName, IReadOnlyList<ChairmanDossier> Dossiers);

/// <summary>One page of the Chairman's inbox, grouped by movement and award type for reading.</summary>
public sealed record ChairmanPage(IReadOnlyList<ChairmanGroup> Groups, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

/// <summary>
/// The Chairman's inbox: dossiers the council sent up with their recommended nominees, by movement, award type and
/// unit. One page of dossiers is read, and only that page's nominees.
/// </summary>
public sealed class ChairmanInbox(IAppDb db, IDossierSearch search, WorkflowCatalog workflows, TimeProvider clock) : IUseCase
{
    public const int PageSize = 25;

    public async Task<ChairmanPage> HandleAsync(Actor actor, DossierFilter filter, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman, Roles.Admin, Roles.Auditor);
        var held = db.Dossiers.AsNoTracking().HeldBy(workflows, Vocabulary.Holder.Chairman)
            .Where(filter, db, search, VietnameseFormat.Today(clock));
        var total = await held.CountAsync(ct);
        var page = Page<ChairmanDossier>.Clamp(filter.Page);
        // The page's ids first, from the index on (state, movement, award, unit, id) and the three joined names, then
        // only those 25 dossiers' rows: every held dossier's row would otherwise be read to be sorted.
        var ids = await (from d in held
                         join m in db.Movements on d.MovementId equals m.Id
                         join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                         join a in db.AwardTypes on d.AwardTypeId equals a.Id
                         orderby m.Title, a.Name, o.Name, d.Id
                         select d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var rows = ids.Count == 0 ? [] : (await (from d in db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
                           join m in db.Movements on d.MovementId equals m.Id
                           join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                           join a in db.AwardTypes on d.AwardTypeId equals a.Id
                           select new { d.Id, d.Code, d.Revision, d.WorkflowId, d.WorkflowVersion, d.State, Movement = m.Title, Proposer = o.Name, Award = a.Name, a.Level })
                .ToListAsync(ct))
            .OrderBy(r => position[r.Id]).ToList();
        var nominees = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
                .SelectMany(d => d.Nominees, (d, n) => new { DossierId = d.Id, n.Id, n.Order, n.Name, n.Kind, n.CouncilNote, n.CouncilRecommended })
                .Where(n => n.CouncilRecommended == true)
                .ToListAsync(ct))
            .ToLookup(n => n.DossierId);
        var groups = rows.GroupBy(r => (r.Movement, r.Award))
            .Select(g => new ChairmanGroup(g.Key.Movement, g.Key.Award, g.Select(r => new ChairmanDossier(
                r.Id, r.Code, r.Revision, r.Proposer,
                workflows.Get(r.WorkflowId, r.WorkflowVersion).State(r.State).Title,
                r.Level == Domain.Awards.AwardLevel.National,
                nominees[r.Id].OrderBy(n => n.Order)
                    .Select(n => new RecommendedNominee(n.Id, n.Name, VietnameseLabels.NomineeKinds[n.Kind], n.CouncilNote)).ToList())).ToList()))
            .ToList();
        return new ChairmanPage(groups, page, PageSize, total);
    }
}
