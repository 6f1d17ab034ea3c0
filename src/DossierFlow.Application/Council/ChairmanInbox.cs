using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record RecommendedNominee(Guid Id, string Name, string Kind, string? CouncilNote);

public sealed record ChairmanDossier(Guid Id, int Revision, string ProposerName, string StateTitle, bool National, IReadOnlyList<RecommendedNominee> Recommended);

public sealed record ChairmanGroup(string MovementTitle, string AwardName, IReadOnlyList<ChairmanDossier> Dossiers);

/// <summary>The Chairman's inbox: dossiers the council sent up, their recommended nominees, grouped by movement and award type.</summary>
public sealed class ChairmanInbox(IAppDb db, WorkflowCatalog workflows) : IUseCase
{
    public async Task<IReadOnlyList<ChairmanGroup>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman, Roles.Admin, Roles.Auditor);
        var states = workflows.All.SelectMany(w => w.States.Values).Where(s => s.IsHeldBy(Vocabulary.Holder.Chairman)).Select(s => s.Name).Distinct().ToList();
        var rows = await (from d in db.Dossiers.AsNoTracking().Include(d => d.Nominees).Where(d => states.Contains(d.State))
                          join m in db.Movements on d.MovementId equals m.Id
                          join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          select new { Dossier = d, Movement = m.Title, Proposer = o.Name, Award = a.Name, a.Level }).ToListAsync(ct);
        return rows.GroupBy(r => (r.Movement, r.Award)).OrderBy(g => g.Key.Movement).ThenBy(g => g.Key.Award)
            .Select(g => new ChairmanGroup(g.Key.Movement, g.Key.Award, g.OrderBy(r => r.Proposer).Select(r => new ChairmanDossier(
                r.Dossier.Id, r.Dossier.Revision, r.Proposer,
                workflows.Get(r.Dossier.WorkflowId, r.Dossier.WorkflowVersion).State(r.Dossier.State).Title,
                r.Level == Domain.Awards.AwardLevel.National,
                r.Dossier.Nominees.Where(n => n.CouncilRecommended == true).OrderBy(n => n.Order)
                    .Select(n => new RecommendedNominee(n.Id, n.Name, VietnameseLabels.NomineeKinds[n.Kind], n.CouncilNote)).ToList())).ToList()))
            .ToList();
    }
}
