using DossierFlow.Application.Movements;
using DossierFlow.Application.Reports.Consolidated;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Reports;

/// <summary>
/// The consolidated yearly report on a movement for the Chairman: the figures, the numbered .docx Sở Nội vụ's
/// reviewer generates (and generates again, same number), its PDF, and the .xlsx.
/// </summary>
public sealed class ConsolidatedModel(ListMovements movements, SummariseMovementYear summarise, GenerateConsolidatedReport generate,
    ExportConsolidatedReport export, Application.Forms.IPdfConverter pdf) : AppPageModel
{
    /// <summary>How many late or missing units the page names; the .xlsx and the report's appendix list them all.</summary>
    public const int Shown = 50;

    [BindProperty(SupportsGet = true)] public Guid? MovementId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? SignerName { get; set; }

    public MovementYearSummary? Summary { get; private set; }
    public List<SelectListItem> MovementChoices { get; } = [];
    public string? PdfUnavailable => pdf.Unavailable;
    public bool CanGenerate => ActorForView.IsIn(Domain.Access.Roles.HomeAffairsReviewer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        var (movement, year) = Chosen();
        var number = await generate.HandleAsync(Actor, movement, year, new ConsolidatedReportInput(Revision, SignerName), ct);
        return Done($"Đã lập Báo cáo tổng hợp số {number:00}/BC-SNV năm {year}.", new { MovementId = movement, Year = year });
    }

    public async Task<IActionResult> OnGetFileAsync(string format, CancellationToken ct)
    {
        var (movement, year) = Chosen();
        var file = await export.HandleAsync(Actor, movement, year, format == "xlsx" ? "xlsx" : "docx", ct);
        return File(file.Content, file.ContentType, Api.DownloadName.Safe(file.FileName));
    }

    /// <summary>The numbered report as PDF, shown in the browser.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var (movement, year) = Chosen();
        return Preview(await Application.Forms.PdfExport.AsPdfAsync(pdf, await export.HandleAsync(Actor, movement, year, "docx", ct), ct));
    }

    private (Guid Movement, int Year) Chosen() =>
        MovementId is { } m && Year is { } y ? (m, y) : throw new Domain.Common.DomainException("consolidated-choose", "Vui lòng chọn phong trào và năm báo cáo.");

    private async Task LoadAsync(CancellationToken ct)
    {
        SummariseMovementYear.RequireReader(Actor);
        var list = await movements.HandleAsync(ct);
        MovementChoices.AddRange(list.Select(m => new SelectListItem($"{m.Title} ({m.Period})", m.Id.ToString(), m.Id == MovementId)));
        if (MovementId is null || list.All(m => m.Id != MovementId)) return;
        Year ??= DateTime.UtcNow.Year;
        Summary = await summarise.HandleAsync(Actor, MovementId.Value, Year.Value, ct);
        Year = Summary.Year;
        Revision = Summary.Issued?.Revision ?? 0;
        SignerName ??= Summary.Issued?.SignerName;
    }
}
