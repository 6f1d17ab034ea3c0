using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Council;

/// <summary>
/// A member of the provincial Hội đồng Thi đua - Khen thưởng, as the council's membership list names them. A member
/// may have a DossierFlow account (to read the dossiers of their sessions); invitations go to the e-mail address.
/// Members leave the list by being deactivated, so past sessions keep naming them.
/// </summary>
public sealed class CouncilMember
{
    private CouncilMember() { FullName = Position = Email = ""; }

    public Guid Id { get; private set; }
    public string FullName { get; private set; }
    /// <summary>Office and role in the council, as printed in invitations and minutes ("Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng").</summary>
    public string Position { get; private set; }
    public string Email { get; private set; }
    /// <summary>The member's DossierFlow account, if any.</summary>
    public string? UserId { get; private set; }
    public int Order { get; private set; }
    public bool Active { get; private set; }

    public static CouncilMember Create(string fullName, string position, string email, string? userId, int order)
    {
        var member = new CouncilMember { Id = Ids.New(), Active = true };
        member.Change(fullName, position, email, userId, order);
        return member;
    }

    public void Change(string fullName, string position, string email, string? userId, int order)
    {
        FullName = TextLimits.Check(Guard.Required(fullName, "member-name", "Vui lòng nhập họ và tên thành viên."), TextLimits.PersonName, "member-name", "Họ và tên");
        Position = TextLimits.Check(Guard.Required(position, "member-position", "Vui lòng nhập chức vụ của thành viên."), TextLimits.Position, "member-position", "Chức vụ");
        var address = Guard.Required(email, "member-email", "Vui lòng nhập địa chỉ thư điện tử của thành viên (để gửi giấy mời).");
        Email = Guard.Email(address, "member-email", $"Địa chỉ thư điện tử \"{address}\" không hợp lệ.");
        UserId = TextLimits.CheckOptional(Guard.Optional(userId), TextLimits.AccountId, "member-account-too-long", "Mã tài khoản");
        Order = order is >= 1 and <= 999 ? order : throw new DomainException("member-order-invalid", $"Số thứ tự phải từ 1 đến 999 ({order}).");
    }

    public void SetActive(bool active) => Active = active;
}
