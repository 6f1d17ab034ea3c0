using DossierFlow.Application.Mail;
using Microsoft.Extensions.Options;

namespace DossierFlow.Mail;

/// <summary>
/// The <see cref="IMailSender"/>: one MailKit SMTP connection per batch when Mail:SmtpHost is set, otherwise
/// .eml files in Mail:PickupFolder (the embedded default).
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        var settings = options.Value;
        return string.IsNullOrWhiteSpace(settings.SmtpHost) ? PickupFolderSession.Open(settings) : await SmtpSession.OpenAsync(settings, ct);
    }
}
