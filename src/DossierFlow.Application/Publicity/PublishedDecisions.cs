using DossierFlow.Application.Common;
using DossierFlow.Application.Council.Decisions;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Publicity;

public sealed record PublishedDecisionRow(Guid Id, string NumberText, DateOnly IssuedOn, string AwardName);

/// <summary>One awarded nominee of a published decision: public fields only, as <see cref="PublicNominee"/>.</summary>
public sealed record PublishedAwardee(Guid DecisionId, string NumberText, DateOnly IssuedOn, string AwardName, NomineeKind Kind, string Name,
    string? Position, string UnitName);

public sealed record PublishedDecisionsView(Page<PublishedDecisionRow> Decisions, string? Search, Page<PublishedAwardee>? Found);

/// <summary>
/// The decisions the province issued (after the document office numbered and dated them), for the award types set
/// to publish them, with their awarded lists: the page lists the decisions, and a search by name or unit (folded,
/// so without diacritics too) finds the awarded across them, or within one decision.
/// </summary>
public sealed class ListPublishedDecisions(IAppDb db, IOptions<ProvinceOptions> province) : IUseCase
{
    public const int PageSize = 20;
    public const int AwardeePageSize = 50;

    public async Task<PublishedDecisionsView> HandleAsync(string? search, Guid? decisionId = null, int page = 1, CancellationToken ct = default)
    {
        page = Page<PublishedDecisionRow>.Clamp(page);
        var issuer = await IssuerAsync(ct);
        var decisions = from d in db.SessionDecisions.AsNoTracking()
                        where d.Kind == SessionDecisionKind.Decision && d.Status != SessionDecisionStatus.AwaitingNumber && d.Number != null && d.IssuedOn != null
                        join a in db.AwardTypes on d.AwardTypeId equals a.Id
                        where a.PublishDecisions
                        select new { d, a };
        if (decisionId is { } only) decisions = decisions.Where(x => x.d.Id == only);
        var total = await decisions.CountAsync(ct);
        var rows = (await decisions.OrderByDescending(x => x.d.IssuedOn).ThenByDescending(x => x.d.Number)
                .Skip(decisionId is null && string.IsNullOrWhiteSpace(search) ? (page - 1) * PageSize : 0).Take(PageSize)
                .Select(x => new { x.d.Id, Number = x.d.Number!.Value, x.d.Symbol, IssuedOn = x.d.IssuedOn!.Value, x.a.Name }).ToListAsync(ct))
            .Select(x => new PublishedDecisionRow(x.Id, DecisionNumbers.Text(x.Number, x.Symbol, issuer), x.IssuedOn, x.Name)).ToList();
        var list = new Page<PublishedDecisionRow>(rows, decisionId is null && string.IsNullOrWhiteSpace(search) ? page : 1, PageSize, total);
        if (decisionId is null && string.IsNullOrWhiteSpace(search)) return new PublishedDecisionsView(list, null, null);
        if (decisionId is not null && total == 0) throw new NotFoundException("Không tìm thấy quyết định đã công khai.");

        var folded = SearchText.Fold(search);
        var awardees = from x in decisions
                       from item in db.CouncilSessions.Where(s => s.Id == x.d.SessionId).SelectMany(s => s.Items)
                       join dossier in db.Dossiers on item.DossierId equals dossier.Id
                       where dossier.AwardTypeId == x.d.AwardTypeId
                       from n in dossier.Nominees
                       where n.ChairmanApproved == true
                       join o in db.Organisations on dossier.ProposingOrganisationId equals o.Id
                       where folded == "" || n.FoldedName.Contains(folded) || (o.SearchName != null && o.SearchName.Contains(folded))
                       select new { x.d, x.a, n, o };
        var found = await awardees.CountAsync(ct);
        var awardeeRows = (await awardees.OrderByDescending(y => y.d.IssuedOn).ThenBy(y => y.o.Name).ThenBy(y => y.n.Order)
                .Skip((page - 1) * AwardeePageSize).Take(AwardeePageSize)
                .Select(y => new { y.d.Id, Number = y.d.Number!.Value, y.d.Symbol, IssuedOn = y.d.IssuedOn!.Value, Award = y.a.Name, y.n.Kind, y.n.Name, y.n.Position, Unit = y.o.Name })
                .ToListAsync(ct))
            .Select(y => new PublishedAwardee(y.Id, DecisionNumbers.Text(y.Number, y.Symbol, issuer), y.IssuedOn, y.Award, y.Kind, y.Name, y.Position, y.Unit))
            .ToList();
        return new PublishedDecisionsView(list, search?.Trim(), new Page<PublishedAwardee>(awardeeRows, page, AwardeePageSize, found));
    }

    private async Task<string> IssuerAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Code == province.Value.CommitteeCode).Select(o => o.ShortCode).FirstOrDefaultAsync(ct) ?? "UBND";
}
