using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Workflows;

/// <summary>The outcome of checking an action: allowed (with whether it is late) or refused with reasons.</summary>
public sealed record TransitionDecision(TransitionDefinition Transition, string Role, bool Late);

/// <summary>
/// Decides whether an actor may take an action on a subject now: the subject's state, the actor's role and
/// organisation scope, the comment rule, and the transition's guards. Pure: it reads facts, changes nothing.
/// </summary>
public static class WorkflowEngine
{
    /// <summary>The actions the actor could take in the subject's current state (guards not yet checked).</summary>
    public static IReadOnlyList<(TransitionDefinition Transition, string Role)> Available(
        WorkflowDefinition definition, string state, Guid subjectOrganisationId, Actor actor) =>
        definition.TransitionsFrom(state)
            .Select(t => (Transition: t, Role: RoleFor(t, subjectOrganisationId, actor)))
            .Where(x => x.Role is not null)
            .Select(x => (x.Transition, x.Role!))
            .ToList();

    public static TransitionDecision Decide(WorkflowDefinition definition, string state, Guid subjectOrganisationId,
        Actor actor, string action, string? comment, GuardFacts facts)
    {
        var transition = definition.Find(action, state);
        if (transition is null)
        {
            var known = definition.Transitions.FirstOrDefault(t => t.Action == action);
            throw new DomainException("transition-not-allowed", known is null
                ? $"Quy trình không có thao tác \"{action}\"."
                : $"Không thể \"{known.Title}\" khi hồ sơ đang ở bước \"{definition.State(state).Title}\".");
        }
        var role = RoleFor(transition, subjectOrganisationId, actor)
            ?? throw new DomainException("transition-role", $"Bạn không có quyền \"{transition.Title}\" ở bước này.");
        TextLimits.CheckOptional(comment, TextLimits.Comment, "transition-comment-too-long", "Ý kiến / lý do");
        if (transition.CommentRequired && string.IsNullOrWhiteSpace(comment))
            throw new DomainException("transition-comment-required", $"Vui lòng nêu lý do khi \"{transition.Title.ToLowerInvariant()}\".");

        var problems = new List<(string Guard, string Problem)>();
        var late = false;
        foreach (var guard in transition.Guards)
            late |= Check(guard, facts, problems);
        if (problems.Count > 0) throw new GuardFailedException(transition.Title, problems);
        return new TransitionDecision(transition, role, late);
    }

    /// <summary>The role under which the actor may take the transition on this subject, or null.</summary>
    private static string? RoleFor(TransitionDefinition transition, Guid subjectOrganisationId, Actor actor) =>
        transition.By.FirstOrDefault(role => actor.IsIn(role)
            && (!Vocabulary.IsUnitRole(role) || actor.OrganisationId == subjectOrganisationId));

    /// <returns>True when the guard passes only because the late policy accepts late submissions.</returns>
    private static bool Check(GuardSpec guard, GuardFacts facts, List<(string Guard, string Problem)> failed)
    {
        void Fail(string problem) => failed.Add((guard.Name, problem));
        switch (guard.Name)
        {
            case Vocabulary.HasNominees when facts.NomineeCount == 0:
                Fail("Hồ sơ chưa có đối tượng đề nghị khen thưởng.");
                break;
            case Vocabulary.DocumentsPresent:
                var required = guard.Parameter is { } list
                    ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    : facts.RequiredDocuments;
                var missing = required.Where(d => !facts.PresentDocuments.Contains(d)).ToList();
                if (missing.Count > 0) Fail($"Còn thiếu tài liệu: {string.Join(", ", missing)}.");
                break;
            case Vocabulary.DeadlineOpen:
                var (status, due) = facts.Deadlines.GetValueOrDefault(guard.Parameter!, (DeadlineStatus.Unknown, null));
                if (status == DeadlineStatus.LateRefused)
                    Fail($"Đã quá thời hạn {due?.ToString("dd'/'MM'/'yyyy")} và phong trào không nhận hồ sơ nộp muộn.");
                else if (status == DeadlineStatus.Unknown)
                    Fail($"Phong trào chưa có thời hạn \"{guard.Parameter}\".");
                return status == DeadlineStatus.LateAccepted;
            case Vocabulary.CriteriaEvaluated when !facts.CriteriaConfirmed:
                Fail("Chưa xác nhận đã đối chiếu tiêu chuẩn khen thưởng.");
                break;
            case Vocabulary.CriteriaEvaluated when facts.CriteriaBlocked is { } blocked:
                Fail(blocked);
                break;
            case Vocabulary.CouncilVotesRecorded when !facts.CouncilVotesRecorded:
                Fail("Chưa ghi nhận kết quả biểu quyết của Hội đồng cho mọi đối tượng.");
                break;
        }
        return false;
    }
}
