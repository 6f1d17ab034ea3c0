using System.ComponentModel.DataAnnotations;

namespace DossierFlow.Application.Mail;

/// <summary>How the SMTP connection is secured (Mail:SmtpSecurity).</summary>
public enum SmtpSecurityMode
{
    /// <summary>Plain SMTP, never TLS.</summary>
    None,
    /// <summary>STARTTLS after connecting; fails when the server does not offer it (port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte, "implicit TLS" (port 465).</summary>
    SslOnConnect,
    /// <summary>Implicit TLS on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}

/// <summary>How Sở Nội vụ hears of submitted dossiers (Mail:SubmissionNotices).</summary>
public enum SubmissionNoticeMode
{
    /// <summary>One mail per submitted dossier, queued with the submission.</summary>
    PerDossier,
    /// <summary>One mail an hour listing the dossiers submitted since the last one (the submission-digest job).</summary>
    HourlyDigest,
}

/// <summary>The "Mail" section. The public address is used for links in mails.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Code (unique) of the organisation that receives <see cref="Domain.Workflows.Vocabulary.Holder.HomeAffairs"/> notifications: Sở Nội vụ.</summary>
    public string HomeAffairsOrganisationCode { get; set; } = "SNV";

    /// <summary>
    /// Sở Nội vụ's reception address(es) for incoming dossiers, separated by ';'. Unset: the contact addresses of the
    /// organisation <see cref="HomeAffairsOrganisationCode"/> names.
    /// </summary>
    public string? ReceptionAddress { get; set; }

    /// <summary>One mail per submitted dossier, or an hourly digest of them.</summary>
    [EnumDataType(typeof(SubmissionNoticeMode), ErrorMessage = "Mail:SubmissionNotices must be PerDossier or HourlyDigest.")]
    public SubmissionNoticeMode SubmissionNotices { get; set; } = SubmissionNoticeMode.PerDossier;

    /// <summary>The configured reception addresses, or none.</summary>
    public IReadOnlyList<string> ReceptionAddresses =>
        (ReceptionAddress ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The SMTP server; when empty (the embedded default) mails are written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;

    /// <summary>Unset: <see cref="SmtpStartTls"/> decides if it is set (the setting before SmtpSecurity existed), otherwise Auto.</summary>
    [EnumDataType(typeof(SmtpSecurityMode), ErrorMessage = "Mail:SmtpSecurity must be None, StartTls, SslOnConnect or Auto.")]
    public SmtpSecurityMode? SmtpSecurity { get; set; }

    /// <summary>The former setting, still read when <see cref="SmtpSecurity"/> is unset: true = StartTls, false = None.</summary>
    public bool? SmtpStartTls { get; set; }

    public SmtpSecurityMode EffectiveSmtpSecurity => SmtpSecurity ?? SmtpStartTls switch
    {
        true => SmtpSecurityMode.StartTls,
        false => SmtpSecurityMode.None,
        null => SmtpSecurityMode.Auto,
    };

    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>
    /// The longest wait for the server: to connect and sign in, and to send one mail. A server that accepts the
    /// connection and never answers holds the outbox this long, then the mails wait for the next pass.
    /// </summary>
    [Range(1, 600, ErrorMessage = "Mail:SmtpTimeoutSeconds must be between 1 and 600 (seconds).")]
    public int SmtpTimeoutSeconds { get; set; } = 30;

    public string From { get; set; } = "DossierFlow <no-reply@dossierflow.local>";
    public string PickupFolder { get; set; } = "../../data/mail-pickup";

    /// <summary>After this many failed attempts a mail is dead; temporary failures wait RetryBaseSeconds × 2^attempt (± 20 %).</summary>
    public int MaxAttempts { get; set; } = 8;
    public int RetryBaseSeconds { get; set; } = 60;
}
