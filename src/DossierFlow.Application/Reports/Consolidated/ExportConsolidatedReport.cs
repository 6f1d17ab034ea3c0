using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Consolidated;

/// <summary>Writes the consolidated report's workbook (Documents, with DocumentFormat.OpenXml).</summary>
public interface IConsolidatedWorkbook
{
    /// <summary>Sheets "Tổng hợp" (the figures), "Đơn vị" (every participant's report), "Khen thưởng" and "Chỉ tiêu".</summary>
    byte[] Render(MovementYearSummary summary);
}

/// <summary>
/// The consolidated report's files for province-wide roles: the numbered .docx as last generated (kept, not made
/// again, so what the Chairman reads is what was numbered), or the .xlsx made afresh from today's figures.
/// </summary>
public sealed class ExportConsolidatedReport(IAppDb db, SummariseMovementYear summarise, IConsolidatedWorkbook workbook) : IUseCase
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="format">"docx" or "xlsx".</param>
    public async Task<ExportFile> HandleAsync(Actor actor, Guid movementId, int year, string format, CancellationToken ct = default)
    {
        SummariseMovementYear.RequireReader(actor);
        if (format == "xlsx")
        {
            var summary = await summarise.HandleAsync(actor, movementId, year, ct);
            return new ExportFile($"tong-hop-phong-trao-{summary.Year}.xlsx", XlsxContentType, workbook.Render(summary));
        }
        var report = await db.ConsolidatedReports.AsNoTracking().Where(r => r.MovementId == movementId && r.Year == year)
            .Select(r => new { r.Number, r.Sha256 }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Chưa lập báo cáo tổng hợp năm {year} của phong trào này.");
        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Sha256 == report.Sha256).Select(c => c.Bytes).FirstAsync(ct);
        return new ExportFile(GenerateConsolidatedReport.FileName(year, report.Number), IDocumentRenderer.DocxContentType, bytes);
    }
}
