using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Organisations;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

public sealed record ConfirmVotesInput(int Revision, Guid OperationId);

/// <summary>Who passed and who did not, and where the dossiers went.</summary>
public sealed record VoteSummary(int Passed, int Failed, int DossiersToChairman, int DossiersRefused, IReadOnlyList<string> FailedNames);

/// <summary>
/// "Xác nhận kết quả biểu quyết": the council secretary confirms the draft of every nominee of the agenda. Each
/// result is judged again by the award's rule against the attendance; a nominee without counts, a refused count or
/// a missing quorum stops the confirmation with every problem named. Then each dossier's nominees carry the
/// council's outcome and the dossier moves: to the Chairman when anyone passed (council-decided), closed as refused
/// with the reasons, its unit mailed, when nobody did (council-rejected). Results, states, journal and mails are one
/// transaction.
/// </summary>
public sealed class ConfirmVotes(IAppDb db, VotingRules rules, WorkflowCatalog workflows, WorkflowAction action, FormCatalog forms,
    DossierNotices notices, TimeProvider clock) : IUseCase
{
    public async Task<VoteSummary> HandleAsync(Actor actor, Guid sessionId, ConfirmVotesInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        var now = clock.GetUtcNow().UtcDateTime;
        session.ExpectRevision(input.Revision);
        session.ExpectVotingOpen(now);
        var lines = await NomineeLines.AllAsync(db, sessionId, ct);
        var drafts = session.Votes.ToDictionary(v => v.NomineeId);
        var missing = lines.Where(l => !drafts.ContainsKey(l.NomineeId))
            .Select(l => new ImportProblem(l.Number, VoteJudge.ForColumn, $"Chưa có kết quả biểu quyết của {l.Name} ({l.UnitName})."))
            .ToList();
        if (missing.Count > 0) throw new ImportFailedException(missing, "kết quả");
        var votes = VoteJudge.JudgeAll(session, rules, lines.Select(l => (l, Counts(drafts[l.NomineeId]))).ToList(), "kết quả");
        var quorum = lines.Select(l => rules.For(l.AwardCode)).Distinct()
            .Select(r => r.Evaluate(new VoteCount(session.CouncilSize, session.Present, 0, 0, 0, session.WrittenOpinions))).FirstOrDefault(o => !o.QuorumMet);
        if (quorum is not null) throw new DomainException("council-quorum", quorum.Explanation);

        session.ConfirmResults(input.Revision, votes, now, actor.DisplayName);

        var (toChairman, refused) = (0, 0);
        foreach (var dossierVotes in votes.GroupBy(v => v.DossierId))
        {
            var operation = PerDossier(input.OperationId, dossierVotes.Key);
            var context = await DossierContext.LoadAsync(db, dossierVotes.Key, operation, ct);
            var dossier = context.Dossier;
            var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
            foreach (var vote in dossierVotes)
                dossier.RecordCouncilVote(definition, dossier.Revision, vote.NomineeId, vote.Passed, vote.Percent, vote.Explanation, now);
            var anyPassed = dossierVotes.Any(v => v.Passed);
            var reasons = string.Join(" ", dossierVotes.Where(v => !v.Passed).Select(v => $"{v.NomineeName}: {v.Explanation}"));
            await action.TakeAsync(actor, dossier,
                new WorkflowActionInput(anyPassed ? Vocabulary.DedicatedAction.CouncilDecided : Vocabulary.DedicatedAction.CouncilRejected, dossier.Revision,
                    operation, anyPassed ? (reasons.Length > 0 ? "Không đề nghị: " + reasons : null) : "Hội đồng không đề nghị khen thưởng. " + reasons),
                () => context.Facts(forms.PerNominee), context.Description, ct, notices.For(actor, context));
            if (anyPassed) toChairman++; else refused++;
        }
        var failed = votes.Where(v => !v.Passed).ToList();
        return new VoteSummary(votes.Count - failed.Count, failed.Count, toChairman, refused, failed.Select(v => v.NomineeName).ToList());
    }

    /// <summary>
    /// Each dossier's journal entry needs an operation id of its own (they are unique); derived from the confirmation's,
    /// so the same confirmation repeated would name the same entries.
    /// </summary>
    private static Guid PerDossier(Guid operation, Guid dossier)
    {
        Span<byte> a = stackalloc byte[16], b = stackalloc byte[16];
        operation.TryWriteBytes(a);
        dossier.TryWriteBytes(b);
        for (var i = 0; i < 16; i++) a[i] ^= b[i];
        return new Guid(a);
    }

    internal static NomineeCounts Counts(SessionVote v) => new(v.NomineeId, v.For, v.Against, v.Abstain, v.WrittenFor);
}
