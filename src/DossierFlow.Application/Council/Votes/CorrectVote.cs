using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

/// <param name="Revision">The session's revision the secretary saw.</param>
public sealed record VoteCorrectionInput(int Revision, NomineeCounts Counts, string? Reason);

/// <summary>
/// The council secretary corrects one confirmed result before the minutes are issued, with a reason: the session
/// journals the old and new counts and outcomes, who and when; the nominee's outcome on the dossier follows. A
/// correction that would send the dossier elsewhere than the confirmation did is refused with what to do instead
/// (docs/decisions/0036-session-votes-draft-confirm-correct.md).
/// </summary>
public sealed class CorrectVote(IAppDb db, VotingRules rules, TimeProvider clock) : IUseCase
{
    public async Task<VoteCorrection> HandleAsync(Actor actor, Guid sessionId, VoteCorrectionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        session.ExpectRevision(input.Revision);
        var line = (await NomineeLines.AllAsync(db, sessionId, ct)).FirstOrDefault(l => l.NomineeId == input.Counts.NomineeId)
            ?? throw new NotFoundException("Tập thể, cá nhân này không thuộc chương trình phiên họp.");
        var corrected = VoteJudge.JudgeAll(session, rules, [(line, input.Counts with { For = input.Counts.For ?? 0 })], "kết quả")[0];
        var now = clock.GetUtcNow().UtcDateTime;
        var correction = session.Correct(input.Revision, corrected, input.Reason ?? "", now, actor.DisplayName);
        var dossier = await db.Dossiers.Include(d => d.Nominees).FirstAsync(d => d.Id == line.DossierId, ct);
        dossier.CorrectCouncilVote(dossier.Revision, line.NomineeId, corrected.Passed, corrected.Percent, corrected.Explanation, now);
        return correction;
    }
}
