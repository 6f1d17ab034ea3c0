using DossierFlow.Application.Reports.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Reports;

/// <summary>
/// The yearly statistical tables for Bộ Nội vụ (series 06xx.N/BNV-TĐKT): the year's figures per table, which cells
/// DossierFlow cannot fill, and the .xlsx to download, for Sở Nội vụ and the auditor.
/// </summary>
public sealed class StatisticsModel(ComputeMinistryStatistics compute, ExportMinistryStatistics export, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public MinistryStatistics? Statistics { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ComputeMinistryStatistics.RequireReader(Actor);
        RefuseUnreadableYear();
        Year ??= Application.Common.VietnameseFormat.Today(clock).Year;
        Statistics = await compute.HandleAsync(Actor, Year.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken ct)
    {
        RefuseUnreadableYear();
        var file = await export.HandleAsync(Actor, Year ?? Application.Common.VietnameseFormat.Today(clock).Year, ct);
        return File(file.Content, file.ContentType, Api.DownloadName.Safe(file.FileName));
    }

    /// <summary>
    /// A year typed as letters: the page filter leaves an unreadable value at its default, but a year the person typed
    /// and did not get is worth saying, so the page says it rather than count another year.
    /// </summary>
    private void RefuseUnreadableYear()
    {
        if (Year is null && !string.IsNullOrWhiteSpace(Request.Query[nameof(Year)]))
            throw new Domain.Common.DomainException("statistics-year", "Năm báo cáo phải là một số có bốn chữ số, ví dụ 2025.");
    }
}
