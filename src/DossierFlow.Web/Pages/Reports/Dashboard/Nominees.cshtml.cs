using DossierFlow.Application.Common;
using DossierFlow.Application.Reports.Dashboard;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Reports.Dashboard;

/// <summary>The nominees behind a nominee number of the dashboard (by award or kind of unit, at one stage), 50 a page.</summary>
public sealed class NomineesModel(ListDashboardNominees list) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Movement { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Award { get; set; }
    [BindProperty(SupportsGet = true)] public string? UnitKind { get; set; }
    [BindProperty(SupportsGet = true)] public NomineeStage Stage { get; set; } = NomineeStage.Proposed;
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public DashboardScope? Scope { get; private set; }
    public Page<DashboardNomineeRow>? Nominees { get; private set; }

    public static string StageTitle(NomineeStage stage) => stage switch
    {
        NomineeStage.Passed => "Được Hội đồng Thi đua - Khen thưởng tỉnh thông qua",
        NomineeStage.Awarded => "Được khen thưởng",
        _ => "Được đề nghị khen thưởng",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Scope, Nominees) = await list.HandleAsync(Actor, new DashboardNomineeQuery(Movement, Year, Award, UnitKind, Stage, PageNumber), ct);
        return Page();
    }

    public string PagerQuery => $"movement={Uri.EscapeDataString(Movement ?? "")}&year={Scope?.Year}&award={Uri.EscapeDataString(Award ?? "")}"
        + $"&unitKind={Uri.EscapeDataString(UnitKind ?? "")}&stage={Stage}&";
}
