using DossierFlow.Application.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Documents;

public static class DependencyInjection
{
    /// <param name="maxUploadMegabytes">What one upload may weigh (configuration: Documents:MaxUploadMegabytes).</param>
    public static IServiceCollection AddDocuments(this IServiceCollection services, int maxUploadMegabytes)
    {
        services.AddSingleton<IDocumentRenderer, DocxRenderer>();
        services.AddSingleton<Application.Dossiers.INomineeSheetFile, NomineeSheetFile>();
        services.AddSingleton<Application.Council.Votes.IBallotSheetFile, BallotSheetFile>();
        services.AddSingleton<Application.Reports.Consolidated.IConsolidatedWorkbook, ConsolidatedWorkbook>();
        services.AddSingleton<Application.Reports.Dashboard.IDashboardWorkbook, DashboardWorkbook>();
        services.AddSingleton<Application.Reports.Indicators.IReportWorkbookFile, ReportWorkbookFile>();
        services.AddSingleton<Application.Reports.Statistics.IStatisticsWorkbook, StatisticsWorkbook>();
        services.AddSingleton<IUploadInspector>(_ => new UploadInspector(maxUploadMegabytes * 1024 * 1024));
        return services;
    }

    /// <summary>PDF conversion by LibreOffice, with its options (folders already absolute).</summary>
    public static IServiceCollection AddPdfConversion(this IServiceCollection services, Func<IServiceProvider, PdfOptions> options)
    {
        services.AddSingleton<IPdfConverter>(sp => new LibreOfficePdfConverter(options(sp)));
        return services;
    }
}
