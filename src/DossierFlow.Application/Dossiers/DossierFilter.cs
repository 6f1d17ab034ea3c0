using DossierFlow.Application.Common;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// What every list of dossiers can be narrowed by. Pages and the API bind it from the same query-string names
/// (<c>search, movement, year, award, state, late, overdue, organisation, page, running, dueBy</c>), so a search can be linked.
/// </summary>
/// <param name="After">The API's continuation token (<see cref="ListCursor"/>) for the lists paged by key, the inbox
/// and the dossier list; it takes the place of <paramref name="Page"/>. The other lists page by number only.</param>
/// <param name="Running">Only dossiers whose processing clock runs (a step with a working-day limit).</param>
/// <param name="DueBy">Only running clocks due from today up to this day: "near the limit" on the movement dashboard.</param>
public sealed record DossierFilter(string? Search = null, Guid? Movement = null, int? Year = null, Guid? Award = null,
    string? State = null, bool Late = false, bool Overdue = false, Guid? Organisation = null, int Page = 1, string? After = null,
    bool Running = false, DateOnly? DueBy = null)
{
    /// <summary>
    /// Only this much of a search is used: longer than any name or code a key holds, and short enough that a
    /// pasted page of text costs nothing.
    /// </summary>
    public const int MaxSearchLength = TextLimits.NomineeName;

    /// <summary>The search folded for comparison with the stored keys, or "" when there is none.</summary>
    public string FoldedSearch
    {
        get
        {
            var folded = SearchText.Fold(Search is { Length: > MaxSearchLength * 2 } s ? s[..(MaxSearchLength * 2)] : Search);
            return folded.Length > MaxSearchLength ? folded[..MaxSearchLength].TrimEnd() : folded;
        }
    }

    public bool IsEmpty => FoldedSearch.Length == 0 && Movement is null && Year is null && Award is null
        && string.IsNullOrEmpty(State) && !Late && !Overdue && Organisation is null && !Running && DueBy is null;
}

internal static class DossierFilters
{
    /// <summary>
    /// Narrows the dossiers in the database. The search matches the code and nominee names (the provider's index,
    /// <see cref="IDossierSearch"/>) or the unit's name; the two are joined as a union of ids, not an OR, so that
    /// each part keeps its index.
    /// </summary>
    public static IQueryable<Dossier> Where(this IQueryable<Dossier> dossiers, DossierFilter filter, IAppDb db, IDossierSearch search, DateOnly today)
    {
        if (filter.Movement is { } movement) dossiers = dossiers.Where(d => d.MovementId == movement);
        if (filter.Award is { } award) dossiers = dossiers.Where(d => d.AwardTypeId == award);
        if (filter.Organisation is { } organisation) dossiers = dossiers.Where(d => d.ProposingOrganisationId == organisation);
        if (!string.IsNullOrEmpty(filter.State)) dossiers = dossiers.Where(d => d.State == filter.State);
        if (filter.Late) dossiers = dossiers.Where(d => d.SubmittedLate);
        if (filter.Overdue) dossiers = dossiers.Where(d => d.Clock.DueOn < today);
        if (filter.Running) dossiers = dossiers.Where(d => d.Clock.DueOn != null);
        if (filter.DueBy is { } dueBy) dossiers = dossiers.Where(d => d.Clock.DueOn >= today && d.Clock.DueOn <= dueBy);
        if (filter.Year is { } year)
        {
            var phases = db.Movements.SelectMany(m => m.Phases).Where(p => p.Year == year).Select(p => p.Id);
            dossiers = dossiers.Where(d => phases.Contains(d.PhaseId));
        }
        if (filter.FoldedSearch is { Length: > 0 } folded)
        {
            var pattern = $"%{Escape(folded)}%";
            var units = db.Organisations.Where(o => EF.Functions.Like(o.SearchName!, pattern, LikeEscape)).Select(o => o.Id);
            var ids = search.DossierIdsContaining(folded)
                .Union(db.Dossiers.Where(d => units.Contains(d.ProposingOrganisationId)).Select(d => d.Id));
            dossiers = dossiers.Where(d => ids.Contains(d.Id));
        }
        return dossiers;
    }

    public const string LikeEscape = "\\";

    /// <summary>The text as a LIKE pattern matches it literally: its % and _ are not wildcards (nor is [ on either provider).</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
