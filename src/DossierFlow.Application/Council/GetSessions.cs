using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record SessionRow(Guid Id, DateTime StartsAt, string Place, string ChairName, SessionStatus Status, int Dossiers, bool MinutesIssued);

public sealed record SessionView(CouncilSession Session, IReadOnlyList<AgendaLine> Agenda, IReadOnlyDictionary<Guid, Domain.Dossiers.Dossier> Dossiers,
    IReadOnlyDictionary<string, Domain.Council.VotingRule> Rules);

/// <summary>Sessions as the council secretary, the members invited and the province's other roles read them.</summary>
public sealed class GetSessions(IAppDb db, WorkflowCatalog workflows, VotingRules rules, IDossierSearch search, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!SessionAccess.SeesAllSessions(actor) && !actor.IsIn(Roles.CouncilMember))
            throw new ForbiddenException("Chỉ Hội đồng Thi đua - Khen thưởng và lãnh đạo tỉnh xem được các phiên họp.");
        var sessions = db.CouncilSessions.AsNoTracking();
        if (!SessionAccess.SeesAllSessions(actor)) sessions = sessions.Where(s => s.Attendees.Any(a => a.UserId == actor.UserId));
        var list = await sessions.OrderByDescending(s => s.StartsAt).Take(200).ToListAsync(ct);
        return list.Select(s => new SessionRow(s.Id, s.StartsAt, s.Place, s.Chair.FullName, s.Status, s.Items.Count, s.MinutesSha256 is not null)).ToList();
    }

    public async Task<SessionView> GetAsync(Actor actor, Guid sessionId, CancellationToken ct = default)
    {
        var session = await VisibleAsync(actor, sessionId, ct);
        var ids = session.Items.OrderBy(i => i.Order).Select(i => i.DossierId).ToList();
        var lines = await AgendaLines.ForAsync(db, ids, ct);
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return new SessionView(session, lines, dossiers,
            lines.Select(l => l.AwardCode).Distinct().ToDictionary(c => c, rules.For));
    }

    private async Task<CouncilSession> VisibleAsync(Actor actor, Guid sessionId, CancellationToken ct)
    {
        var session = await db.CouncilSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        return SessionAccess.MaySee(actor, session) ? session : throw new ForbiddenException("Bạn không được mời dự phiên họp này.");
    }

    /// <summary>Dossiers waiting for the council, for building an agenda.</summary>
    public async Task<Page<AgendaLine>> WaitingAsync(Actor actor, Dossiers.DossierFilter filter, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        return await AgendaLines.WaitingPageAsync(db, search, workflows, filter, VietnameseFormat.Today(clock), WaitingPageSize, ct);
    }

    /// <summary>Dossiers per page of the waiting list: an agenda is built from one page at a time.</summary>
    public const int WaitingPageSize = 50;

    public async Task<Forms.ExportFile> MinutesAsync(Actor actor, Guid sessionId, CancellationToken ct = default)
    {
        var session = await VisibleAsync(actor, sessionId, ct);
        var sha = session.MinutesSha256 ?? throw new NotFoundException("Phiên họp chưa có biên bản.");
        var content = await db.DocumentContents.AsNoTracking().FirstAsync(c => c.Sha256 == sha, ct);
        return new Forms.ExportFile($"bien-ban-hop-hoi-dong-so-{session.MinutesNumber:00}.docx", Forms.IDocumentRenderer.DocxContentType, content.Bytes);
    }
}
