using DossierFlow.Application.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Mail;

public static class DependencyInjection
{
    /// <summary>The sender the outbox's dispatcher uses: SMTP over MailKit, or a pickup folder (Mail options).</summary>
    public static IServiceCollection AddMailSender(this IServiceCollection services) =>
        services.AddSingleton<IMailSender, SmtpMailSender>();
}
