using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Reports;

public sealed class IndexModel(ListMovementReports list, ListMovements movements, OpenMovementReport open) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public Guid MovementId { get; set; }
    [BindProperty, Display(Name = "Năm báo cáo")] public int Year { get; set; } = DateTime.UtcNow.Year;

    public Page<ReportRow> Reports { get; private set; } = new([], 1, 1, 0);
    public List<SelectListItem> MovementChoices { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        var id = await open.HandleAsync(Actor, MovementId, Year, ct);
        return RedirectToPage("Details", new { id });
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Reports = await list.HandleAsync(Actor, null, null, PageNumber, ct);
        MovementChoices.AddRange((await movements.HandleAsync(ct)).Select(m => new SelectListItem($"{m.Title} ({m.Period})", m.Id.ToString())));
    }
}
