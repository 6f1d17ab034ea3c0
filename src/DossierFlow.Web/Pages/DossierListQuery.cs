using System.Globalization;
using DossierFlow.Application.Dossiers;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages;

/// <summary>
/// A list page's filter as the query string carries it, with the same names as the API
/// (<c>search, movement, year, award, state, late, overdue, organisation</c>), so a filtered list can be linked; the page
/// number is <c>pageNumber=</c> here, because Razor Pages keeps the route value <c>page</c> for the page's own path.
/// Bound without a prefix: a page declares <c>[BindProperty(SupportsGet = true)] DossierListQuery Filter</c>.
/// </summary>
public sealed class DossierListQuery
{
    public string? Search { get; set; }
    public Guid? Movement { get; set; }
    public int? Year { get; set; }
    public Guid? Award { get; set; }
    public string? State { get; set; }
    public bool Late { get; set; }
    public bool Overdue { get; set; }
    public Guid? Organisation { get; set; }
    /// <summary>Only running clocks (<c>running=true</c>), and those due by a day (<c>dueBy=2026-12-08</c>): the dashboard's SLA links.</summary>
    public bool Running { get; set; }
    public DateOnly? DueBy { get; set; }
    // Never bound: the route value "page" ("/Inbox/Index") would fail to bind as a number and refuse every post.
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public int Page { get; set; } = 1;
    /// <summary>What the shared pager sends (<c>pageNumber=</c>); sets <see cref="Page"/>.</summary>
    public int? PageNumber { get => null; set { if (value is { } v) Page = v; } }

    /// <summary>The next-page token the inbox's and the dossier list's pager link carries (<c>after=</c>); others ignore it.</summary>
    public string? After { get; set; }

    public DossierFilter ToFilter() => new(Search, Movement, Year, Award, State, Late, Overdue, Organisation, Page, After, Running, DueBy);

    /// <summary>The filter for the pager's links, ending in "&amp;".</summary>
    public string PagerQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("search", Search);
        Add("movement", Movement?.ToString());
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("award", Award?.ToString());
        Add("state", State);
        Add("late", Late ? "true" : null);
        Add("overdue", Overdue ? "true" : null);
        Add("organisation", Organisation?.ToString());
        Add("running", Running ? "true" : null);
        Add("dueBy", DueBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : string.Join('&', parts) + "&";
    }
}

/// <summary>What the filter form (<c>_DossierFilter</c>) offers: the few movements, awards and states, never the units.</summary>
public sealed record DossierFilterForm(DossierListQuery Query, IReadOnlyList<SelectListItem> Movements, IReadOnlyList<SelectListItem> Awards,
    IReadOnlyList<SelectListItem> States);

internal static class DossierFilterForms
{
    /// <param name="holder">Offer the states this holder holds, or every state when null.</param>
    public static async Task<DossierFilterForm> LoadAsync(DossierListQuery query, Application.Movements.ListMovements movements,
        Application.Awards.ListAwardTypes awards, Application.Workflows.WorkflowCatalog workflows, string? holder, CancellationToken ct) =>
        new(query,
            (await movements.HandleAsync(ct)).Select(m => new SelectListItem(m.Title, m.Id.ToString())).ToList(),
            (await awards.HandleAsync(ct)).Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToList(),
            workflows.All.SelectMany(w => w.States.Values).Where(s => holder is null || s.IsHeldBy(holder))
                .DistinctBy(s => s.Name).Select(s => new SelectListItem(s.Title, s.Name)).ToList());
}
