using DossierFlow.Application.Movements;
using DossierFlow.Application.Reports.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Reports.Dashboard;

/// <summary>
/// The movement dashboard (Sở Nội vụ, the Chairman, the auditor): per movement and year, charts drawn on the server
/// with the table behind each, every count a link to its list and every table downloadable as .xlsx.
/// </summary>
public sealed class IndexModel(ListMovements movements, DefaultDashboardMovement defaultMovement, SummariseDashboard summarise,
    ExportDashboardTable export) : AppPageModel
{
    /// <summary>As the link gives them (text): an unknown movement or a year that is not one is told, not guessed.</summary>
    [BindProperty(SupportsGet = true)] public string? Movement { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public DashboardFigures? Figures { get; private set; }
    public IReadOnlyList<DashboardTable> Tables { get; private set; } = [];
    public List<SelectListItem> MovementChoices { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        DashboardScope.RequireReader(Actor);
        var list = await movements.HandleAsync(ct);
        // By default the movement of this year with the most dossiers: the one whose season is under way.
        Movement ??= (await defaultMovement.HandleAsync(ct))?.ToString();
        MovementChoices.AddRange(list.Select(m => new SelectListItem($"{m.Title} ({m.Period})", m.Id.ToString(), m.Id.ToString() == Movement)));
        if (Movement is null) return Page();
        Figures = await summarise.HandleAsync(Actor, Movement, Year, ct);
        Year = Figures.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Tables = DashboardTables.From(Figures);
        return Page();
    }

    /// <summary>One table as .xlsx (<c>?handler=Xlsx&amp;table=states</c>).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string? table, CancellationToken ct)
    {
        var file = await export.HandleAsync(Actor, Movement, Year, table, ct);
        return File(file.Content, file.ContentType, Api.DownloadName.Safe(file.FileName));
    }
}
