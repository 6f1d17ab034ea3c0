using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Persistence;

public static class DependencyInjection
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        // The options never change, so they are built once (not per request: building them creates the SQLite folder).
        services.AddDbContext<AppDbContext>((sp, builder) =>
            {
                builder.UseDossierFlowDatabase(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value);
                if (sp.GetService<Application.Mail.IOutboxSignal>() is { } signal) builder.AddInterceptors(new OutboxSignalInterceptor(signal));
            },
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IAppDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<Application.Forms.IDocumentNumbers, DocumentNumbers>();
        services.AddScoped<Application.Forms.ISignerDirectory, Identity.SignerDirectory>();
        services.AddScoped<Application.Organisations.IOrganisationAccounts, Identity.OrganisationAccounts>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IDossierSearch, DossierSearch>();
        return services;
    }
}
