using DossierFlow.Application.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Documents;

public static class DependencyInjection
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentRenderer, DocxRenderer>();
        services.AddSingleton<IUploadInspector>(_ => new UploadInspector());
        return services;
    }
}
