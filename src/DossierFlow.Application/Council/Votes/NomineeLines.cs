using DossierFlow.Application.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

/// <summary>One nominee of a session's agenda, as the vote grid, the ballot file and the ballot paper list it.</summary>
public sealed record AgendaNominee(int Number, Guid NomineeId, Guid DossierId, string DossierCode, string Name, NomineeKind Kind, Guid UnitId,
    string UnitName, string AwardCode, string AwardName);

/// <summary>
/// The nominees of every dossier on a session's agenda, in one order everywhere (award, unit, dossier, the
/// dossier's own order), numbered from 1: the number is the row of the grid, of the ballot file and of the paper.
/// </summary>
internal static class NomineeLines
{
    public static async Task<List<AgendaNominee>> AllAsync(IAppDb db, Guid sessionId, CancellationToken ct) =>
        Number(await Query(db, sessionId).ToListAsync(ct), 0);

    /// <summary>One page of the lines, numbered as in the whole list.</summary>
    public static async Task<List<AgendaNominee>> PageAsync(IAppDb db, Guid sessionId, int skip, int take, CancellationToken ct) =>
        Number(await Query(db, sessionId).Skip(skip).Take(take).ToListAsync(ct), skip);

    private static List<AgendaNominee> Number(List<AgendaNominee> lines, int skip) =>
        lines.Select((l, i) => l with { Number = skip + i + 1 }).ToList();

    private static IQueryable<AgendaNominee> Query(IAppDb db, Guid sessionId)
    {
        var agenda = db.CouncilSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Items).Select(i => i.DossierId);
        return from d in db.Dossiers.AsNoTracking()
               where agenda.Contains(d.Id)
               from n in d.Nominees
               join o in db.Organisations on d.ProposingOrganisationId equals o.Id
               join a in db.AwardTypes on d.AwardTypeId equals a.Id
               orderby a.Name, o.Name, d.Code, n.Order
               select new AgendaNominee(0, n.Id, d.Id, d.Code, n.Name, n.Kind, o.Id, o.Name, a.Code, a.Name);
    }

    /// <summary>How many nominees per award and unit, in the lines' order, for the grid's headings.</summary>
    public static async Task<List<NomineeGroup>> GroupsAsync(IAppDb db, Guid sessionId, CancellationToken ct)
    {
        var agenda = db.CouncilSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Items).Select(i => i.DossierId);
        var groups = await (from d in db.Dossiers
                            where agenda.Contains(d.Id)
                            join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                            join a in db.AwardTypes on d.AwardTypeId equals a.Id
                            group d by new { AwardName = a.Name, UnitId = o.Id, UnitName = o.Name } into g
                            select new { g.Key.AwardName, g.Key.UnitId, g.Key.UnitName, Nominees = g.Sum(d => d.Nominees.Count) })
            .ToListAsync(ct);
        return groups.OrderBy(g => g.AwardName, StringComparer.Ordinal).ThenBy(g => g.UnitName, StringComparer.Ordinal)
            .Select(g => new NomineeGroup(g.AwardName, g.UnitId, g.UnitName, g.Nominees)).ToList();
    }
}

public sealed record NomineeGroup(string AwardName, Guid UnitId, string UnitName, int Nominees);
