using DossierFlow.Application.Mail;
using DossierFlow.Scheduling.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Scheduling;

public static class DependencyInjection
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
