using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>Writes one dashboard table as a workbook (Documents, with DocumentFormat.OpenXml).</summary>
public interface IDashboardWorkbook
{
    /// <summary>A sheet with the table's title, its bold frozen heading and its rows; counts and medians as numbers.</summary>
    byte[] Render(DashboardTable table, string caption);
}

/// <summary>A dashboard table as .xlsx, made from the same figures as the page at the moment of the download.</summary>
public sealed class ExportDashboardTable(SummariseDashboard summarise, IDashboardWorkbook workbook) : Common.IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, string? movement, string? year, string? table, CancellationToken ct = default)
    {
        var figures = await summarise.HandleAsync(actor, movement, year, ct);
        var chosen = DashboardTables.From(figures).FirstOrDefault(t => t.Key == table)
            ?? throw new DomainException("dashboard-table-unknown", "Không có bảng số liệu đã chọn trên bảng theo dõi phong trào.");
        var caption = $"Phong trào “{figures.MovementTitle}” — năm {figures.Year} — số liệu đến ngày {Common.VietnameseFormat.Date(figures.Today)}";
        return new ExportFile($"bang-theo-doi-{chosen.Key}-{figures.Year}.xlsx", Consolidated.ExportConsolidatedReport.XlsxContentType,
            workbook.Render(chosen, caption));
    }
}
