using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Votes;

/// <summary>
/// The council secretary imports the session's ballot-counting file (the template of <see cref="SessionVoteFiles"/>,
/// filled). An import is all or nothing: a nominee missing, a row that is not a nominee of the session (or
/// repeats one), text in a number cell, a negative count or one above the members present are all listed by row and
/// column, and nothing is recorded; a clean file becomes the draft of every nominee (confirmed separately).
/// </summary>
public sealed class ImportBallotFile(IAppDb db, IBallotSheetFile sheet, VotingRules rules, TimeProvider clock) : IUseCase
{
    /// <summary>Imports the file as the draft of every nominee; returns how many rows were recorded.</summary>
    public async Task<int> HandleAsync(Actor actor, Guid sessionId, int revision, string fileName, byte[] content, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        var now = clock.GetUtcNow().UtcDateTime;
        session.ExpectRevision(revision);
        session.ExpectVotingOpen(now);
        var rows = sheet.Read(fileName, content);
        var lines = await NomineeLines.AllAsync(db, sessionId, ct);
        var byKey = lines.ToDictionary(l => l.NomineeId.ToString("N"));
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<Guid, int>();
        var judged = new List<(AgendaNominee, NomineeCounts)>();
        foreach (var row in rows)
        {
            var key = row[BallotSheet.Key]?.Trim().Replace("-", "").ToLowerInvariant() ?? "";
            if (!byKey.TryGetValue(key, out var line))
            {
                problems.Add(new ImportProblem(row.Line, BallotSheet.LabelOf(BallotSheet.Key), key.Length == 0
                    ? $"Dòng thừa: không có mã đối tượng{Named(row)}; bảng kiểm phiếu chỉ gồm các dòng của tệp mẫu."
                    : $"Dòng thừa: mã \"{row[BallotSheet.Key]}\"{Named(row)} không phải đối tượng của phiên họp này."));
                continue;
            }
            if (seen.TryGetValue(line.NomineeId, out var first))
            {
                problems.Add(new ImportProblem(row.Line, BallotSheet.LabelOf(BallotSheet.Key), $"Dòng thừa: {line.Name} đã có ở dòng {first}."));
                continue;
            }
            seen[line.NomineeId] = row.Line;
            int? Count(string letter)
            {
                var text = row[letter];
                if (text is null) return null;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
                problems.Add(new ImportProblem(row.Line, BallotSheet.LabelOf(letter), $"\"{text}\" không phải số phiếu (một số nguyên, ví dụ 7)."));
                return null;
            }
            var counts = new NomineeCounts(line.NomineeId, Count(BallotSheet.For), Count(BallotSheet.Against), Count(BallotSheet.Abstain), Count(BallotSheet.WrittenFor));
            if (counts.For is null && counts.Against is null && counts.Abstain is null && row[BallotSheet.For] is null)
                problems.Add(new ImportProblem(row.Line, BallotSheet.LabelOf(BallotSheet.For), $"Chưa ghi số phiếu của {line.Name}."));
            // The row's own checks, named by the file's row and column rather than the grid's.
            problems.AddRange(VoteJudge.Problems(session, line with { Number = row.Line }, counts).Select(p => p with { Field = Letter(p.Field) }));
            judged.Add((line, counts));
        }
        problems.AddRange(lines.Where(l => !seen.ContainsKey(l.NomineeId)).Select(l => new ImportProblem(0, BallotSheet.LabelOf(BallotSheet.Key),
            $"Thiếu dòng của {l.Name} ({l.UnitName}, STT {l.Number} của tệp mẫu).")));
        if (problems.Count > 0) throw new ImportFailedException(problems.OrderBy(p => p.Line == 0 ? int.MaxValue : p.Line).ToList(), "kết quả");
        var votes = VoteJudge.JudgeAll(session, rules, judged, "kết quả");
        session.SaveDraft(revision, votes, [], now);
        return votes.Count;
    }

    private static string Named(BallotSheetRow row) => row["C"] is { } name ? $" ({name})" : "";

    private static string Letter(string column) => column switch
    {
        VoteJudge.ForColumn => BallotSheet.LabelOf(BallotSheet.For),
        VoteJudge.AgainstColumn => BallotSheet.LabelOf(BallotSheet.Against),
        VoteJudge.AbstainColumn => BallotSheet.LabelOf(BallotSheet.Abstain),
        VoteJudge.WrittenColumn => BallotSheet.LabelOf(BallotSheet.WrittenFor),
        _ => "F, G, H",
    };
}
