using DossierFlow.Application.Mail;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling;

public static class DependencyInjection
{
    /// <summary>
    /// Hangfire's job store (always: the dashboard reads it even where no server runs), client and
    /// recurring job manager; the signal that enqueues a dispatch when mail is queued; and the host of the server.
    /// Everything reads its settings when first used, so a test host's configuration applies.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration,
        Func<IServiceProvider, ApplicationDatabase> database)
    {
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidation>();
        services.AddSingleton(sp => new JobStore(database(sp), sp.GetRequiredService<IOptions<SchedulingOptions>>().Value));
        // Registered before AddHangfire, whose own registrations yield to them: they would otherwise be the
        // process-wide JobStorage.Current and JobActivator.Current, shared by every host in a test process.
        services.AddSingleton(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>(); // the log provider first: the store logs as it opens
            return sp.GetRequiredService<JobStore>().Open();
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton<HangfireOutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<HangfireOutboxSignal>());
        services.AddSingleton<JobServerHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JobServerHost>());
        return services;
    }
}
