using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>A document the Chairman approved that waits for its number and date, with the next free number offered.</summary>
public sealed record AwaitingNumber(Guid Id, int Revision, string Kind, string Symbol, string IssuerShort, string Award, DateTime SessionStartsAt,
    DateOnly? MinutesDate, string SignerName, DateTime ApprovedAt, int SuggestedNumber, string SuggestedDate);

/// <summary>
/// The document office's queue: approved session documents waiting for a number, oldest first, each with the next
/// free number of its register this year (the register's counter plus one, past any number already used) and
/// today's date, both editable.
/// </summary>
public sealed class DocumentOfficeQueue(IAppDb db, IDocumentNumbers numbers, FormCatalog forms, IOptions<ProvinceOptions> province, TimeProvider clock) : IUseCase
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<AwaitingNumber>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.DocumentOffice, Roles.Admin, Roles.Auditor);
        var committee = await db.Organisations.AsNoTracking().FirstAsync(o => o.Code == province.Value.CommitteeCode, ct);
        var rows = await (from d in db.SessionDecisions.AsNoTracking()
                          where d.Status == SessionDecisionStatus.AwaitingNumber
                          join s in db.CouncilSessions on d.SessionId equals s.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          orderby d.ApprovedAt
                          select new { d.Id, d.Revision, d.Kind, d.Symbol, Award = a.Name, s.StartsAt, s.MinutesIssuedOn, d.SignerName, d.ApprovedAt })
            .Take(PageSize).ToListAsync(ct);
        var today = VietnameseFormat.Today(clock);
        var next = new Dictionary<string, int>();
        var result = new List<AwaitingNumber>();
        foreach (var row in rows)
        {
            // Two waiting documents of one register are offered two different numbers.
            var suggested = next.TryGetValue(row.Symbol, out var taken) ? taken + 1 : await NextFreeAsync(committee.Code, row.Symbol, today.Year, ct);
            next[row.Symbol] = suggested;
            result.Add(new AwaitingNumber(row.Id, row.Revision, row.Kind == SessionDecisionKind.Decision ? "Quyết định" : "Tờ trình", row.Symbol,
                committee.ShortCode, row.Award, row.StartsAt, row.MinutesIssuedOn, row.SignerName, row.ApprovedAt, suggested, VietnameseFormat.Date(today)));
        }
        return result;
    }

    private async Task<int> NextFreeAsync(string issuer, string symbol, int year, CancellationToken ct)
    {
        var candidate = await numbers.LastAsync(issuer, symbol, year, ct) + 1;
        var codes = forms.All.Where(f => f.Issuer == "province" && f.Symbol == symbol).Select(f => f.Code).ToList();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var used = (await db.SessionDecisions.Where(d => d.Symbol == symbol && d.Year == year && d.Number >= candidate).Select(d => d.Number!.Value).ToListAsync(ct))
            .Concat(await db.FormData.Where(f => codes.Contains(f.FormCode) && f.Number >= candidate && f.IssuedOn >= first && f.IssuedOn <= last)
                .Select(f => f.Number!.Value).ToListAsync(ct)).ToHashSet();
        while (used.Contains(candidate)) candidate++;
        return candidate;
    }
}
