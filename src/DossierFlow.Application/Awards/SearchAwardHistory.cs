using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Awards;

/// <param name="Imported">A past award imported from the unit's records (no dossier here); otherwise awarded in a dossier of DossierFlow.</param>
/// <param name="Decision">"Quyết định số … ngày …" when known.</param>
public sealed record AwardHistoryRow(bool Imported, Guid? DossierId, Guid? NomineeId, NomineeKind Kind, string Name, string? Workplace,
    string AwardName, int Year, string? Decision);

/// <param name="ByIdentity">The query was a CCCD (12 digits), matched exactly; otherwise a name, matched without diacritics.</param>
public sealed record AwardHistoryView(string Query, bool ByIdentity, IReadOnlyList<AwardHistoryRow> Awards, int AwardCount,
    IReadOnlyList<AwardHistoryRow> Past, int PastCount, bool SeesPast);

/// <summary>
/// A person's or a unit's award history: the nominees awarded by a decision recorded in DossierFlow (the province's
/// decision, or the central one for a national award) and the imported past awards, found by a CCCD (exactly) or a
/// name (folded, anywhere in the name: "nguyen van an" finds "Nguyễn Văn An"). Province-wide roles see every unit's
/// awards and the imported ones; a unit's users see the awards of their own unit's dossiers. Each list shows its
/// newest <see cref="Shown"/> rows and counts the rest, in SQL.
/// </summary>
public sealed class SearchAwardHistory(IAppDb db, IDossierSearch search, Microsoft.Extensions.Options.IOptions<Forms.ProvinceOptions> province) : IUseCase
{
    public const int Shown = 50;

    public async Task<AwardHistoryView?> HandleAsync(Actor actor, string? query, CancellationToken ct = default)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0) return null;
        if (text.Length > TextLimits.NomineeName) throw new DomainException("history-query-too-long", $"Nội dung tìm kiếm dài quá {TextLimits.NomineeName} ký tự.");
        var folded = SearchText.Fold(text);
        if (folded.Length < 2) throw new DomainException("history-query-short", "Vui lòng nhập ít nhất 2 ký tự của họ tên, hoặc đủ 12 chữ số CCCD.");
        var byIdentity = text.Length == 12 && text.All(char.IsAsciiDigit);

        var dossiers = db.Dossiers.AsNoTracking();
        if (!actor.IsProvinceWide) dossiers = dossiers.Where(d => d.ProposingOrganisationId == actor.OrganisationId);
        if (!byIdentity) dossiers = dossiers.Where(d => search.DossierIdsContaining(folded).Contains(d.Id));
        var awarded = from d in dossiers
                      from n in d.Nominees
                      where byIdentity ? n.IdentityNumber == text : n.FoldedName.Contains(folded)
                      join a in db.AwardTypes on d.AwardTypeId equals a.Id
                      where a.Level == AwardLevel.National ? n.CentralAwarded == true : n.ChairmanApproved == true
                      join p in db.Movements.SelectMany(m => m.Phases) on d.PhaseId equals p.Id
                      select new { DossierId = d.Id, d.AwardTypeId, d.CentralDecisionNumber, d.CentralDecisionDate, NomineeId = n.Id, n.Kind, n.Name, n.Workplace, Award = a.Name, p.Year };
        var awardCount = await awarded.CountAsync(ct);
        var rows = await awarded.OrderByDescending(x => x.Year).ThenBy(x => x.Name).Take(Shown).ToListAsync(ct);
        var decisions = await DecisionsAsync(rows.Select(r => r.DossierId).Distinct().ToList(), ct);
        var awards = rows.Select(r => new AwardHistoryRow(false, r.DossierId, r.NomineeId, r.Kind, r.Name, r.Workplace, r.Award, r.Year,
                r.CentralDecisionNumber is { } central && r.CentralDecisionDate is { } on ? NomineeHistory.PastDecision(central, on)
                : decisions.GetValueOrDefault((r.DossierId, r.AwardTypeId))))
            .ToList();

        if (!actor.IsProvinceWide) return new AwardHistoryView(text, byIdentity, awards, awardCount, [], 0, false);
        var past = db.PastAwards.AsNoTracking().Where(p => byIdentity ? p.IdentityNumber == text : p.FoldedName.Contains(folded));
        var pastCount = await past.CountAsync(ct);
        var pastRows = (await past.OrderByDescending(p => p.Year).ThenBy(p => p.Name).Take(Shown).ToListAsync(ct))
            .Select(p => new AwardHistoryRow(true, null, p.Id, p.Kind, p.Name, p.Workplace, p.AwardName, p.Year, NomineeHistory.PastDecision(p.DecisionNumber, p.DecisionDate)))
            .ToList();
        return new AwardHistoryView(text, byIdentity, awards, awardCount, pastRows, pastCount, true);
    }

    /// <summary>The province's issued decision of each shown dossier's award, through the sessions that had the dossier on their agenda.</summary>
    private async Task<Dictionary<(Guid, Guid), string>> DecisionsAsync(List<Guid> dossierIds, CancellationToken ct)
    {
        if (dossierIds.Count == 0) return [];
        var found = await (from s in db.CouncilSessions.AsNoTracking()
                           from i in s.Items
                           where dossierIds.Contains(i.DossierId)
                           join d in db.SessionDecisions on s.Id equals d.SessionId
                           where d.Kind == SessionDecisionKind.Decision && d.Number != null && d.IssuedOn != null
                           select new { i.DossierId, d.AwardTypeId, Number = d.Number!.Value, d.Symbol, IssuedOn = d.IssuedOn!.Value })
            .ToListAsync(ct);
        var issuer = await db.Organisations.AsNoTracking().Where(o => o.Code == province.Value.CommitteeCode)
            .Select(o => o.ShortCode).FirstOrDefaultAsync(ct) ?? "UBND";
        return found.GroupBy(f => (f.DossierId, f.AwardTypeId)).ToDictionary(g => g.Key,
            g => g.Select(f => NomineeHistory.PastDecision(Council.Decisions.DecisionNumbers.Text(f.Number, f.Symbol, issuer), f.IssuedOn)).First());
    }
}
