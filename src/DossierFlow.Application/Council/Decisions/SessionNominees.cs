using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>One nominee the council recommended at a session, with its dossier, unit and award.</summary>
public sealed record SessionNominee(Guid Id, int Order, string Name, NomineeKind Kind, string? Position, string? Workplace, bool? ChairmanApproved,
    Guid DossierId, string DossierCode, Guid UnitId, string Unit, Guid AwardTypeId, string Award, AwardLevel Level, bool AtChairman);

/// <summary>
/// The nominees a session's council recommended, read in one statement for the whole agenda (850 nominees are a
/// few hundred kilobytes), ordered by award, unit, dossier and the nominee's place in it: the order the Chairman
/// reads them and the decision lists them.
/// </summary>
internal static class SessionNominees
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(VietnameseFormat.Culture, ignoreCase: false);

    public static async Task<List<SessionNominee>> ReadAsync(IAppDb db, WorkflowCatalog workflows, Guid sessionId, Guid? awardTypeId, CancellationToken ct)
    {
        var dossierIds = db.CouncilSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Items).Select(i => i.DossierId);
        var rows = await (from d in db.Dossiers.AsNoTracking()
                          where dossierIds.Contains(d.Id) && (awardTypeId == null || d.AwardTypeId == awardTypeId)
                          join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          from n in d.Nominees
                          where n.CouncilRecommended == true
                          select new
                          {
                              n.Id, n.Order, n.Name, n.Kind, n.Position, n.Workplace, n.ChairmanApproved,
                              DossierId = d.Id, d.Code, d.WorkflowId, d.WorkflowVersion, d.State,
                              UnitId = o.Id, Unit = o.Name, AwardId = a.Id, Award = a.Name, a.Level,
                          }).ToListAsync(ct);
        return rows
            .Select(r => new SessionNominee(r.Id, r.Order, r.Name, r.Kind, r.Position, r.Workplace, r.ChairmanApproved, r.DossierId, r.Code,
                r.UnitId, r.Unit, r.AwardId, r.Award, r.Level,
                workflows.Get(r.WorkflowId, r.WorkflowVersion).State(r.State).IsHeldBy(Vocabulary.Holder.Chairman)))
            .OrderBy(n => n.Award, Vietnamese).ThenBy(n => n.Unit, Vietnamese)
            .ThenBy(n => n.DossierCode, StringComparer.Ordinal).ThenBy(n => n.Order).ToList();
    }
}
