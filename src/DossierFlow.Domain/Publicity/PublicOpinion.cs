using System.Text.RegularExpressions;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Publicity;

/// <summary>
/// An opinion sent from the public page on a dossier under consultation: who (name and a contact, as the sender
/// gives them; nothing is verified) and what. Kept as plain text: markup is refused, so nothing a sender types is
/// ever interpreted as HTML by whoever reads it later.
/// </summary>
public sealed partial class PublicOpinion
{
    private PublicOpinion() { Name = Contact = Text = ClientKey = ""; }

    public Guid Id { get; private set; }
    public Guid ConsultationId { get; private set; }
    public Guid DossierId { get; private set; }
    public string Name { get; private set; }
    public string Contact { get; private set; }
    public string Text { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    /// <summary>A hash of the sender's network address: how opinions are counted per client, without storing the address.</summary>
    public string ClientKey { get; private set; }

    public static PublicOpinion Receive(PublicConsultation consultation, string? name, string? contact, string? text, string clientKey,
        DateOnly today, DateTime now)
    {
        if (!consultation.IsOpenOn(today))
            throw new DomainException("consultation-closed", "Hồ sơ này hiện không trong thời gian lấy ý kiến.");
        var validName = Plain(TextLimits.Check(Guard.Required(name, "opinion-name", "Vui lòng nhập họ và tên."),
            TextLimits.PersonName, "opinion-name-too-long", "Họ và tên"), "Họ và tên");
        var validContact = Plain(TextLimits.Check(Guard.Required(contact, "opinion-contact", "Vui lòng nhập số điện thoại hoặc địa chỉ thư điện tử để liên hệ."),
            TextLimits.PersonName, "opinion-contact-too-long", "Thông tin liên hệ"), "Thông tin liên hệ");
        var validText = Plain(TextLimits.Check(Guard.Required(text, "opinion-text", "Vui lòng nhập nội dung ý kiến."),
            TextLimits.Opinion, "opinion-text-too-long", "Nội dung ý kiến"), "Nội dung ý kiến");
        return new PublicOpinion
        {
            Id = Ids.New(), ConsultationId = consultation.Id, DossierId = consultation.DossierId, Name = validName, Contact = validContact,
            Text = validText, ReceivedAt = now, ClientKey = clientKey,
        };
    }

    /// <summary>Refuses text that looks like markup: a tag, a comment or a character reference.</summary>
    private static string Plain(string value, string what) => Markup().IsMatch(value)
        ? throw new DomainException("opinion-markup", $"{what} không được chứa thẻ HTML, mã script hoặc ký tự mã hóa (<, &#…;). Vui lòng chỉ nhập văn bản thường.")
        : value;

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;")]
    private static partial Regex Markup();
}
