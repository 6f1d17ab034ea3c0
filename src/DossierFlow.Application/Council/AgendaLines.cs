using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record AgendaLine(Guid DossierId, string Code, string ProposerName, Guid MovementId, string MovementTitle, Guid AwardTypeId, string AwardCode,
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

    /// <summary>These dossiers, if they are held by the council and not yet on the agenda of a session that is not cancelled.</summary>
    public static Task<List<AgendaLine>> WaitingAsync(IAppDb db, WorkflowCatalog workflows, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        Query(db, Waiting(db, workflows).Where(d => ids.Contains(d.Id))).ToListAsync(ct);

    /// <summary>One page of the dossiers waiting for the council, filtered in the database.</summary>
    public static async Task<Page<AgendaLine>> WaitingPageAsync(IAppDb db, IDossierSearch search, WorkflowCatalog workflows,
        Dossiers.DossierFilter filter, DateOnly today, int pageSize, CancellationToken ct)
    {
        var dossiers = Waiting(db, workflows).Where(filter, db, search, today);
        var total = await dossiers.CountAsync(ct);
        var page = Page<AgendaLine>.Clamp(filter.Page);
        var lines = await Query(db, dossiers).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<AgendaLine>(lines, page, pageSize, total);
    }

    private static IQueryable<Domain.Dossiers.Dossier> Waiting(IAppDb db, WorkflowCatalog workflows)
    {
        var scheduled = db.CouncilSessions.Where(s => s.Status != Domain.Council.SessionStatus.Cancelled).SelectMany(s => s.Items).Select(i => i.DossierId);
        return db.Dossiers.AsNoTracking().HeldBy(workflows, Vocabulary.Holder.Council).Where(d => !scheduled.Contains(d.Id));
    }

    private static IQueryable<AgendaLine> Query(IAppDb db, IQueryable<Domain.Dossiers.Dossier> dossiers) =>
        from d in dossiers
        join o in db.Organisations on d.ProposingOrganisationId equals o.Id
        join m in db.Movements on d.MovementId equals m.Id
        join a in db.AwardTypes on d.AwardTypeId equals a.Id
        orderby m.Title, a.Name, o.Name, d.Id
        select new AgendaLine(d.Id, d.Code, o.Name, m.Id, m.Title, a.Id, a.Code, a.Name, d.State, d.Nominees.Count);
}
