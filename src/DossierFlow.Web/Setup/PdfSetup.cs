using DossierFlow.Application.Forms;
using DossierFlow.Documents;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Setup;

internal static class PdfSetup
{
    /// <summary>Documents:Pdf, with its folders relative to the content root like the other data folders.</summary>
    public static IServiceCollection AddPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.CacheFolder = Path.GetFullPath(options.CacheFolder, environment.ContentRootPath);
                options.ProfileFolder = Path.GetFullPath(options.ProfileFolder, environment.ContentRootPath);
            })
            .Validate(o => o.TimeoutSeconds is >= 5 and <= 3600, "Documents:Pdf:TimeoutSeconds must be between 5 and 3600.")
            .Validate(o => o.Concurrency is >= 1 and <= 16, "Documents:Pdf:Concurrency must be between 1 and 16.")
            .ValidateOnStart();
        return services.AddPdfConversion(sp => sp.GetRequiredService<IOptions<PdfOptions>>().Value);
    }
}
