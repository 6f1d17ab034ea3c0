using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

/// <param name="WrittenFor">How many of the absent members' written opinions agree (the session's attendance says how many were sent).</param>
public sealed record NomineeVotes(Guid NomineeId, int For, int Against, int Abstain, int WrittenFor = 0);

/// <param name="SessionRevision">The session's revision the secretary saw.</param>
/// <param name="Revision">The dossier's revision the secretary saw.</param>
public sealed record CouncilVotesInput(int SessionRevision, int Revision, Guid OperationId, IReadOnlyList<NomineeVotes> Votes);

public sealed record CouncilVotesResult(IReadOnlyList<SessionVote> Votes, WorkflowActionResult Workflow);

/// <summary>
/// The council secretary records, for a dossier on the agenda of a session whose attendance is recorded, the votes
/// on each nominee. The council's size and the members present come from the session; the award's voting rule
/// decides each result, kept on the session for the minutes; the dossier then moves on: to the Chairman when anyone passed
/// (council-decided), closed as refused with the reasons when nobody did (council-rejected, the unit is mailed).
/// Outcomes, journal and mail are saved together.
/// </summary>
public sealed class RecordCouncilVotes(IAppDb db, WorkflowCatalog workflows, WorkflowAction action, VotingRules rules, Forms.FormCatalog forms, TimeProvider clock, DossierNotices notices) : IUseCase
{
    public async Task<CouncilVotesResult> HandleAsync(Actor actor, Guid sessionId, Guid dossierId, CouncilVotesInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        session.ExpectVotable(dossierId);
        var context = await DossierContext.LoadAsync(db, dossierId, input.OperationId, ct);
        var dossier = context.Dossier;
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var rule = rules.For(context.Award.Code);
        if (input.Votes.Select(v => v.NomineeId).Order().SequenceEqual(dossier.Nominees.Select(n => n.Id).Order()) is false)
            throw new Domain.Common.DomainException("council-votes-incomplete", "Phải ghi kết quả biểu quyết cho mọi tập thể, cá nhân trong hồ sơ.");

        // Every line is judged before any is recorded: a refused count on the last nominee leaves the first untouched.
        var judged = input.Votes.Select(votes =>
        {
            var name = dossier.Nominees.First(n => n.Id == votes.NomineeId).Name;
            var outcome = rule.Evaluate(new VoteCount(session.CouncilSize, session.Present, votes.For, votes.Against, votes.Abstain,
                session.WrittenOpinions, votes.WrittenFor), name);
            if (!outcome.QuorumMet) throw new Domain.Common.DomainException("council-quorum", outcome.Explanation);
            return (votes, name, outcome);
        }).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var tallies = new List<SessionVote>();
        var revision = input.Revision;
        foreach (var (votes, name, outcome) in judged)
        {
            dossier.RecordCouncilVote(definition, revision++, votes.NomineeId, outcome.Passed, outcome.Percent, outcome.Explanation, now);
            tallies.Add(new SessionVote(dossierId, votes.NomineeId, name,
                votes.For, votes.Against, votes.Abstain, votes.WrittenFor, outcome.Passed, outcome.Percent, outcome.Explanation));
        }
        session.RecordVotes(input.SessionRevision, dossierId, tallies, now);
        var anyPassed = tallies.Any(t => t.Passed);
        var reasons = string.Join(" ", dossier.Nominees.Where(n => n.CouncilRecommended == false).Select(n => $"{n.Name}: {n.CouncilNote}"));
        var result = await action.TakeAsync(actor, dossier,
            new WorkflowActionInput(anyPassed ? Vocabulary.DedicatedAction.CouncilDecided : Vocabulary.DedicatedAction.CouncilRejected, dossier.Revision, input.OperationId,
                anyPassed ? (reasons.Length > 0 ? "Không đề nghị: " + reasons : null) : "Hội đồng không đề nghị khen thưởng. " + reasons),
            () => context.Facts(forms.PerNominee), context.Description, ct, notices.For(actor, context));
        return new CouncilVotesResult(tallies, result);
    }
}
