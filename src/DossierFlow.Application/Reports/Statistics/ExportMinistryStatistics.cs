using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;

namespace DossierFlow.Application.Reports.Statistics;

/// <summary>Writes the statistics workbook (Documents, with DocumentFormat.OpenXml).</summary>
public interface IStatisticsWorkbook
{
    /// <summary>One sheet per table, then "Ghi chú" with every cell DossierFlow could not fill and why.</summary>
    byte[] Render(MinistryStatistics statistics);
}

/// <summary>The ministry's yearly statistical tables as an .xlsx, made afresh from today's data.</summary>
public sealed class ExportMinistryStatistics(ComputeMinistryStatistics compute, IStatisticsWorkbook workbook) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, int year, CancellationToken ct = default)
    {
        var statistics = await compute.HandleAsync(actor, year, ct);
        return new ExportFile($"bieu-thong-ke-tdkt-{year}.xlsx", Consolidated.ExportConsolidatedReport.XlsxContentType, workbook.Render(statistics));
    }
}
