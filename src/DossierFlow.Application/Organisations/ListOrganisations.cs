using DossierFlow.Application.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Organisations;

public sealed record OrganisationRow(Guid Id, string Code, string Name, string ShortCode, OrganisationKind Kind,
    string? ParentName, DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> ContactEmails);

/// <summary>The organisation directory. Names and codes are not confidential, so every signed-in user may read it.</summary>
public sealed class ListOrganisations(IAppDb db)
{
    public const int PageSize = 50;

    public async Task<Page<OrganisationRow>> HandleAsync(string? search, int pageNumber, CancellationToken ct = default)
    {
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Names compare folded (no diacritics, any case); codes as typed. The wildcards of LIKE are text here.
            var name = $"%{Dossiers.DossierFilters.Escape(Domain.Common.SearchText.Fold(search))}%";
            var code = $"%{Dossiers.DossierFilters.Escape(search.Trim())}%";
            query = query.Where(o => EF.Functions.Like(o.SearchName!, name, Dossiers.DossierFilters.LikeEscape)
                || EF.Functions.Like(o.Code, code, Dossiers.DossierFilters.LikeEscape) || EF.Functions.Like(o.ShortCode, code, Dossiers.DossierFilters.LikeEscape));
        }
        var total = await query.CountAsync(ct);
        var page = Page<OrganisationRow>.Clamp(pageNumber);
        var organisations = await query.OrderBy(o => o.Code).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var parentIds = organisations.Where(o => o.ParentId != null).Select(o => o.ParentId!.Value).Distinct().ToList();
        var parents = await db.Organisations.AsNoTracking().Where(o => parentIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = organisations.Select(o => new OrganisationRow(o.Id, o.Code, o.Name, o.ShortCode, o.Kind,
            o.ParentId is { } p ? parents.GetValueOrDefault(p) : null, o.ValidFrom, o.ValidTo, o.ContactEmails)).ToList();
        return new Page<OrganisationRow>(rows, page, PageSize, total);
    }

    /// <summary>Id and name of every organisation, for pickers.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChoicesAsync(CancellationToken ct = default) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .Select(o => (o.Id, o.Name)).ToList();
}
