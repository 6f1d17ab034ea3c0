namespace DossierFlow.Application.Mail;

/// <summary>The "Mail" section. The public address is used for links in mails.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Code (unique) of the organisation that receives "home-affairs" notifications: Sở Nội vụ.</summary>
    public string HomeAffairsOrganisationCode { get; set; } = "SNV";
}
