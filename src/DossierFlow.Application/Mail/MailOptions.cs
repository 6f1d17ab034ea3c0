namespace DossierFlow.Application.Mail;

/// <summary>The "Mail" section. The public address is used for links in mails.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Code (unique) of the organisation that receives "home-affairs" notifications: Sở Nội vụ.</summary>
    public string HomeAffairsOrganisationCode { get; set; } = "SNV";

    /// <summary>The SMTP server; when empty (the embedded default) mails are written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool SmtpStartTls { get; set; }
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "DossierFlow <no-reply@dossierflow.local>";
    public string PickupFolder { get; set; } = "../../data/mail-pickup";

    /// <summary>After this many failed attempts a mail is dead; temporary failures wait RetryBaseSeconds × 2^attempt (± 20 %).</summary>
    public int MaxAttempts { get; set; } = 8;
    public int RetryBaseSeconds { get; set; } = 60;
}
