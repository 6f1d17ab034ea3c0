using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

/// <param name="Revision">The session's revision the secretary saw.</param>
/// <param name="Lines">The rows of the grid (one page of it, or all): a blank row clears that nominee's draft.</param>
public sealed record VoteDraftInput(int Revision, IReadOnlyList<NomineeCounts> Lines);

/// <summary>
/// "Tạm lưu": the council secretary keeps the counts typed in the grid as the session's draft. Every row is
/// checked (non-negative, for + against + abstain at most the members present) and every problem named by row and
/// column; a draft with a problem is not kept. No dossier moves until the results are confirmed.
/// </summary>
public sealed class SaveVoteDraft(IAppDb db, VotingRules rules, TimeProvider clock) : IUseCase
{
    public async Task<int> HandleAsync(Actor actor, Guid sessionId, VoteDraftInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        var now = clock.GetUtcNow().UtcDateTime;
        session.ExpectRevision(input.Revision);
        session.ExpectVotingOpen(now);
        var lines = (await NomineeLines.AllAsync(db, sessionId, ct)).ToDictionary(l => l.NomineeId);
        if (input.Lines.FirstOrDefault(l => !lines.ContainsKey(l.NomineeId)) is { } stranger)
            throw new Domain.Common.DomainException("vote-not-on-agenda", $"Đối tượng {stranger.NomineeId} không thuộc chương trình phiên họp này.");
        if (input.Lines.GroupBy(l => l.NomineeId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new Domain.Common.DomainException("vote-duplicate", $"{lines[twice.Key].Name} có hai dòng kết quả.");
        var filled = input.Lines.Where(l => !l.Blank).Select(l => (lines[l.NomineeId], l)).ToList();
        var votes = VoteJudge.JudgeAll(session, rules, filled, "kết quả");
        session.SaveDraft(input.Revision, votes, input.Lines.Where(l => l.Blank).Select(l => l.NomineeId).ToList(), now);
        return votes.Count;
    }
}
