using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record AgendaLine(Guid DossierId, string ProposerName, Guid MovementId, string MovementTitle, Guid AwardTypeId, string AwardCode,
    string AwardName, string State, int Nominees)
{
    public string Describe() => $"{ProposerName} đề nghị tặng {AwardName} ({Nominees} tập thể, cá nhân) - phong trào \"{MovementTitle}\"";
}

/// <summary>What sessions show and mail about the dossiers on an agenda, and which dossiers wait for the council.</summary>
internal static class AgendaLines
{
    /// <summary>The lines of these dossiers, in the order given (the agenda's).</summary>
    public static async Task<List<AgendaLine>> ForAsync(IAppDb db, IReadOnlyList<Guid> dossierIds, CancellationToken ct)
    {
        var lines = await Query(db, db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id))).ToDictionaryAsync(l => l.DossierId, ct);
        return dossierIds.Select(id => lines[id]).ToList();
    }

    /// <summary>Dossiers held by the council and not yet on the agenda of a session that is not cancelled.</summary>
    public static Task<List<AgendaLine>> WaitingAsync(IAppDb db, WorkflowCatalog workflows, CancellationToken ct,
        IReadOnlyCollection<Guid>? ids = null, Guid? movementId = null, Guid? awardTypeId = null)
    {
        var states = workflows.All.SelectMany(w => w.States.Values).Where(s => s.IsHeldBy(Vocabulary.Holder.Council)).Select(s => s.Name).Distinct().ToList();
        var scheduled = db.CouncilSessions.Where(s => s.Status != Domain.Council.SessionStatus.Cancelled).SelectMany(s => s.Items).Select(i => i.DossierId);
        var dossiers = db.Dossiers.AsNoTracking().Where(d => states.Contains(d.State) && !scheduled.Contains(d.Id));
        if (ids is not null) dossiers = dossiers.Where(d => ids.Contains(d.Id));
        if (movementId is { } m) dossiers = dossiers.Where(d => d.MovementId == m);
        if (awardTypeId is { } a) dossiers = dossiers.Where(d => d.AwardTypeId == a);
        return Query(db, dossiers).ToListAsync(ct);
    }

    private static IQueryable<AgendaLine> Query(IAppDb db, IQueryable<Domain.Dossiers.Dossier> dossiers) =>
        from d in dossiers
        join o in db.Organisations on d.ProposingOrganisationId equals o.Id
        join m in db.Movements on d.MovementId equals m.Id
        join a in db.AwardTypes on d.AwardTypeId equals a.Id
        orderby m.Title, a.Name, o.Name
        select new AgendaLine(d.Id, o.Name, m.Id, m.Title, a.Id, a.Code, a.Name, d.State, d.Nominees.Count);
}
