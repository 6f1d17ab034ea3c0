using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

/// <summary>One page of the vote grid: the session, the rules of its awards, the page's nominees and the groups of the whole agenda.</summary>
public sealed record VoteGridView(CouncilSession Session, IReadOnlyDictionary<string, VotingRule> Rules, IReadOnlyList<AgendaNominee> Lines,
    IReadOnlyList<NomineeGroup> Groups, int Page, int Pages, int Total, IReadOnlyDictionary<Guid, Criteria.NomineeCriteria>? Criteria = null)
{
    /// <summary>The criteria's verdict on a nominee, if Sở Nội vụ evaluated it.</summary>
    public Criteria.NomineeCriteria? CriteriaOf(Guid nomineeId) => Criteria?.GetValueOrDefault(nomineeId);

    public SessionVote? VoteOf(Guid nomineeId) => Session.Votes.FirstOrDefault(v => v.NomineeId == nomineeId);
}

/// <summary>
/// The session's vote grid as the secretary types it: nominees by award and unit, <see cref="PageSize"/> a page
/// (a page is one form the keyboard goes through; 850 nominees are nine pages), with each group's count.
/// </summary>
public sealed class GetVoteGrid(IAppDb db, VotingRules rules)
{
    public const int PageSize = 100;

    public async Task<VoteGridView> HandleAsync(Actor actor, Guid sessionId, int page, CancellationToken ct = default)
    {
        var session = await db.CouncilSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        if (!SessionAccess.MaySee(actor, session)) throw new ForbiddenException("Bạn không được mời dự phiên họp này.");
        var groups = await NomineeLines.GroupsAsync(db, sessionId, ct);
        var total = groups.Sum(g => g.Nominees);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var lines = await NomineeLines.PageAsync(db, sessionId, (page - 1) * PageSize, PageSize, ct);
        var criteria = await Criteria.NomineeCriteria.ForAsync(db, lines.Select(l => l.NomineeId).ToList(), ct);
        return new VoteGridView(session, lines.Select(l => l.AwardCode).Distinct().ToDictionary(c => c, rules.For), lines, groups, page, pages, total, criteria);
    }
}
