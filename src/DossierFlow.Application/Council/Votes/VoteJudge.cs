using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;

namespace DossierFlow.Application.Council.Votes;

/// <summary>The counts typed or imported for one nominee; all blank is "not voted yet".</summary>
public sealed record NomineeCounts(Guid NomineeId, int? For, int? Against, int? Abstain, int? WrittenFor = null)
{
    public bool Blank => For is null && Against is null && Abstain is null && WrittenFor is null;
}

/// <summary>
/// Judges counts by the award's voting rule against the session's attendance: every row is checked, and every
/// problem is named by its row (the nominee's number) and column, before anything is recorded.
/// </summary>
internal static class VoteJudge
{
    public const string ForColumn = "Đồng ý", AgainstColumn = "Không đồng ý", AbstainColumn = "Không biểu quyết", WrittenColumn = "Ý kiến bằng văn bản đồng ý";

    public static SessionVote Judge(CouncilSession session, VotingRule rule, AgendaNominee line, NomineeCounts counts)
    {
        var outcome = rule.Evaluate(new VoteCount(session.CouncilSize, session.Present, counts.For ?? 0, counts.Against ?? 0, counts.Abstain ?? 0,
            session.WrittenOpinions, counts.WrittenFor ?? 0), line.Name);
        return new SessionVote(line.DossierId, line.NomineeId, line.Name, counts.For ?? 0, counts.Against ?? 0, counts.Abstain ?? 0,
            counts.WrittenFor ?? 0, outcome.QuorumMet && outcome.Passed, outcome.Percent, outcome.Explanation);
    }

    /// <summary>The problems of one row, each with its column: negative counts, a sum above the members present, written opinions.</summary>
    public static IEnumerable<ImportProblem> Problems(CouncilSession session, AgendaNominee line, NomineeCounts counts)
    {
        foreach (var (value, column) in new[] { (counts.For, ForColumn), (counts.Against, AgainstColumn), (counts.Abstain, AbstainColumn), (counts.WrittenFor, WrittenColumn) })
            if (value < 0)
                yield return new ImportProblem(line.Number, column, $"Số phiếu của {line.Name} không được là số âm ({value}).");
        var cast = (long)(counts.For ?? 0) + (counts.Against ?? 0) + (counts.Abstain ?? 0);
        if (cast > session.Present)
            yield return new ImportProblem(line.Number, $"{ForColumn} + {AgainstColumn} + {AbstainColumn}",
                $"Tổng số phiếu của {line.Name} ({cast}) vượt quá số thành viên có mặt ({session.Present}).");
        if ((counts.WrittenFor ?? 0) > session.WrittenOpinions)
            yield return new ImportProblem(line.Number, WrittenColumn,
                $"Số ý kiến bằng văn bản đồng ý của {line.Name} ({counts.WrittenFor}) vượt quá số thành viên vắng mặt có ý kiến bằng văn bản ({session.WrittenOpinions}).");
    }

    /// <summary>Judges the rows given, or throws every problem of every row; nothing is judged half.</summary>
    public static List<SessionVote> JudgeAll(CouncilSession session, VotingRules rules, IReadOnlyList<(AgendaNominee Line, NomineeCounts Counts)> rows, string what)
    {
        var problems = rows.SelectMany(r => Problems(session, r.Line, r.Counts)).ToList();
        if (problems.Count > 0) throw new ImportFailedException(problems, what);
        try
        {
            return rows.Select(r => Judge(session, rules.For(r.Line.AwardCode), r.Line, r.Counts)).ToList();
        }
        catch (DomainException e)
        {
            // Problems() mirrors VoteCount.Validate; should they ever differ, the rule's own message still stops the save.
            throw new ImportFailedException([new ImportProblem(0, "", e.Message)], what);
        }
    }
}
