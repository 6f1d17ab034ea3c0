using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Council;

/// <summary>The values of the bien-ban-hoi-dong form for a session of the provincial council: who, what, the tally, the conclusion.</summary>
internal static class MinutesModel
{
    private static readonly CultureInfo Vietnamese = VietnameseFormat.Culture;

    public static DocumentModel Build(CouncilSession session, IReadOnlyList<AgendaLine> agenda, Organisation council, Organisation? parent,
        string provinceName, int number, DateTime localStart)
    {
        var date = DateOnly.FromDateTime(localStart);
        var byDossier = agenda.ToDictionary(a => a.DossierId);
        var order = agenda.Select((a, i) => (a.DossierId, i)).ToDictionary(x => x.DossierId, x => x.i);
        var rows = session.Votes.OrderBy(v => order[v.DossierId]).Select(v =>
            (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["nominee"] = $"{v.NomineeName} ({byDossier[v.DossierId].ProposerName}) - {byDossier[v.DossierId].AwardName}",
                ["for"] = (v.For + v.WrittenFor).ToString(Vietnamese),
                ["against"] = v.Against.ToString(Vietnamese),
                ["abstain"] = v.Abstain.ToString(Vietnamese),
                ["result"] = v.Passed ? "Đạt" : "Không đạt",
            }).ToList();
        var passed = session.Votes.Where(v => v.Passed).Select(v => $"{v.NomineeName} ({byDossier[v.DossierId].AwardName})").ToList();
        var failed = session.Votes.Where(v => !v.Passed).Select(v => $"{v.NomineeName}: {v.Explanation}").ToList();
        var conclusion = new List<string>();
        conclusion.Add(passed.Count > 0
            ? $"Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định khen thưởng hoặc trình cấp trên khen thưởng {passed.Count} tập thể, cá nhân: {string.Join("; ", passed)}."
            : "Không có tập thể, cá nhân nào đạt tỷ lệ phiếu đồng ý theo quy định.");
        if (failed.Count > 0) conclusion.Add($"Không đề nghị khen thưởng: {string.Join("; ", failed)}");
        var absent = session.Attendees.Where(a => !a.Attended).ToList();
        var present = session.Attendees.Where(a => a.Attended).ToList();
        // Written opinions of absent members are reported apart from the votes in the room, and how they were counted.
        var opinions = new List<string>();
        if (absent.Any(a => a.WrittenOpinion))
            opinions.Add("Thành viên vắng mặt có ý kiến bằng văn bản: " + string.Join(", ", absent.Where(a => a.WrittenOpinion).Select(a => a.FullName)) + ".");
        foreach (var vote in session.Votes.Where(v => v.WrittenFor > 0))
            opinions.Add($"{vote.NomineeName}: {vote.WrittenFor.ToString(Vietnamese)} ý kiến đồng ý bằng văn bản, đã cộng vào cột “Đồng ý” "
                + $"({vote.For.ToString(Vietnamese)} phiếu tại cuộc họp và {vote.WrittenFor.ToString(Vietnamese)} ý kiến bằng văn bản).");
        var values = new Dictionary<string, string>
        {
            ["summary"] = "Họp xét đề nghị khen thưởng",
            ["time"] = $"{localStart:HH} giờ {localStart:mm}",
            ["meeting-date"] = VietnameseFormat.Date(date),
            ["meeting-date-long"] = DocumentDates.LongDate(date),
            ["present-names"] = string.Join("\n", present.Select(a => string.IsNullOrWhiteSpace(a.Position) ? $"- {a.FullName}" : $"- {a.FullName} - {a.Position}")),
            ["absent-names"] = string.Join("\n", absent.Select(a => $"- {a.FullName}{(a.WrittenOpinion ? " (có ý kiến bằng văn bản)" : "")}")),
            ["place"] = session.Place,
            ["chair-name"] = session.Chair.FullName,
            ["chair-title"] = session.Chair.Position,
            ["secretary-name"] = session.Secretary.FullName,
            ["members-total"] = session.CouncilSize.ToString(Vietnamese),
            ["members-present"] = session.Present.ToString(Vietnamese),
            ["absent-opinions"] = string.Join("\n", opinions),
            ["agenda"] = agenda.Count == 1
                ? $"hồ sơ đề nghị tặng {agenda[0].AwardName} của {agenda[0].ProposerName} trong Phong trào thi đua “{agenda[0].MovementTitle}”"
                : $"{agenda.Count} hồ sơ đề nghị khen thưởng: " + string.Join("; ", agenda.Select(a => a.Describe())),
            ["conclusion"] = string.Join("\n", conclusion),
            ["closing"] = "Cuộc họp kết thúc cùng ngày, biên bản đã được thông qua trước Hội đồng.",
        };
        return new DocumentModel(parent?.Name.ToUpper(Vietnamese) ?? "", council.Name.ToUpper(Vietnamese),
            DocumentDates.NumberLine(number, "BB", council.ShortCode), DocumentDates.PlaceDate(provinceName, date),
            values, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["votes"] = rows }, []);
    }
}
