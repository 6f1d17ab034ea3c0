using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>A session whose minutes are issued: its results are final and the Chairman decides on them.</summary>
public sealed record DecidedSession(Guid Id, DateTime StartsAt, int MinutesNumber, DateOnly? MinutesDate, int Dossiers, int Decisions);

/// <summary>One award type of a session: how many nominees and units the council recommended, and the decision on them if there is one.</summary>
public sealed record AwardOfSession(Guid AwardTypeId, string Name, bool National, int Nominees, int Units, int Waiting,
    SessionDecisionStatus? Status, string? NumberText);

/// <summary>A unit's recommended nominees for one award, with their count.</summary>
public sealed record UnitNominees(Guid UnitId, string Unit, IReadOnlyList<SessionNominee> Nominees);

/// <summary>What the Chairman reads to decide one award of a session, and whom a decision can name as its signer.</summary>
public sealed record SessionAwardView(Guid SessionId, DateTime StartsAt, int? MinutesNumber, DateOnly? MinutesDate, IReadOnlyList<AwardOfSession> Awards,
    AwardOfSession? Award, IReadOnlyList<UnitNominees> Units, IReadOnlyList<SignerAccount> Signers, SessionDecision? Decision);

/// <summary>The sessions whose minutes are issued, newest first, paged in SQL: where the Chairman's decisions start.</summary>
public sealed class ChairmanSessions(IAppDb db) : IUseCase
{
    public const int PageSize = 25;

    public async Task<Page<DecidedSession>> HandleAsync(Actor actor, int page, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman, Roles.DocumentOffice, Roles.HomeAffairsReviewer, Roles.Admin, Roles.Auditor);
        var issued = db.CouncilSessions.AsNoTracking().Where(s => s.MinutesNumber != null);
        var total = await issued.CountAsync(ct);
        page = Page<DecidedSession>.Clamp(page);
        var rows = await issued.OrderByDescending(s => s.StartsAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new DecidedSession(s.Id, s.StartsAt, s.MinutesNumber!.Value, s.MinutesIssuedOn, s.Items.Count(),
                db.SessionDecisions.Count(d => d.SessionId == s.Id)))
            .ToListAsync(ct);
        return new Page<DecidedSession>(rows, page, PageSize, total);
    }
}

/// <summary>
/// One session for the Chairman: its recommended nominees grouped by award and unit with counts, the decision on the
/// award shown, and the accounts that may sign it. A session's nominees are read in one statement.
/// </summary>
public sealed class SessionAwardPage(IAppDb db, WorkflowCatalog workflows, ISignerDirectory signers, IOptions<ProvinceOptions> province) : IUseCase
{
    public async Task<SessionAwardView> HandleAsync(Actor actor, Guid sessionId, Guid? awardTypeId, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman, Roles.DocumentOffice, Roles.HomeAffairsReviewer, Roles.Admin, Roles.Auditor);
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.StartsAt, s.MinutesNumber, s.MinutesIssuedOn }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        var nominees = await SessionNominees.ReadAsync(db, workflows, sessionId, null, ct);
        var decisions = await db.SessionDecisions.AsNoTracking().Where(d => d.SessionId == sessionId).ToListAsync(ct);
        var committee = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == province.Value.CommitteeCode, ct);
        var awards = nominees.GroupBy(n => (n.AwardTypeId, n.Award, n.Level)).Select(g =>
        {
            var decision = decisions.FirstOrDefault(d => d.AwardTypeId == g.Key.AwardTypeId);
            return new AwardOfSession(g.Key.AwardTypeId, g.Key.Award, g.Key.Level == AwardLevel.National, g.Count(),
                g.Select(n => n.UnitId).Distinct().Count(), g.Count(n => n.AtChairman), decision?.Status,
                decision?.Number is { } number ? DecisionNumbers.Text(number, decision.Symbol, committee?.ShortCode ?? "UBND") : null);
        }).ToList();
        var award = awards.FirstOrDefault(a => a.AwardTypeId == awardTypeId) ?? awards.FirstOrDefault();
        var units = award is null ? [] : nominees.Where(n => n.AwardTypeId == award.AwardTypeId).GroupBy(n => (n.UnitId, n.Unit))
            .Select(g => new UnitNominees(g.Key.UnitId, g.Key.Unit, g.ToList())).ToList();
        var signerList = committee is null ? [] : await signers.HeadSignersAsync(committee.Id, ct);
        return new SessionAwardView(sessionId, session.StartsAt, session.MinutesNumber, session.MinutesIssuedOn, awards, award, units, signerList,
            award is null ? null : decisions.FirstOrDefault(d => d.AwardTypeId == award.AwardTypeId));
    }
}

/// <summary>How a decision's number is written: "Số 125/QĐ-UBND".</summary>
public static class DecisionNumbers
{
    public static string Text(int number, string symbol, string issuerShort) => $"{number:00}/{symbol}-{issuerShort}";
}
