using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Reports.Dashboard;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Reports.Dashboard;

/// <summary>The units behind a deadline number of the dashboard: on time, late or missing, 50 a page by name.</summary>
public sealed class UnitsModel(ListDeadlineUnits list) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Movement { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Deadline { get; set; }
    [BindProperty(SupportsGet = true)] public DeadlineStanding Standing { get; set; } = DeadlineStanding.Missing;
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public DashboardScope? Scope { get; private set; }
    public DeadlineProgressRow? Row { get; private set; }

    public static string Label(DeadlineStanding standing, bool passed) => Admin.Movements.DetailsModel.StandingLabel(standing, passed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Scope, Row) = await list.HandleAsync(Actor, Movement, Year, Deadline, Standing, PageNumber, ct);
        return Page();
    }

    public string PagerQuery => $"movement={Uri.EscapeDataString(Movement ?? "")}&year={Scope?.Year}&deadline={Uri.EscapeDataString(Deadline ?? "")}&standing={Row?.ShownStanding}&";
}
