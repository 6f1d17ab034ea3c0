using DossierFlow.Domain.Access;

namespace DossierFlow.Web.Demo;

/// <summary>One demo account per role (and a second unit clerk, to show that units cannot see each other).</summary>
public static class DemoUsers
{
    public sealed record Account(string UserName, string FullName, string Position, string OrganisationCode, string Role,
        SigningCapacity Signing = SigningCapacity.None);

    public static readonly IReadOnlyList<Account> All =
    [
        new("canbo.sldtbxh", "Nguyễn Thị Thu Hà", "Chuyên viên thi đua, khen thưởng", "SNV", Roles.UnitClerk),
        new("lanhdao.sldtbxh", "Trần Quốc Việt", "Giám đốc Sở", "SNV", Roles.UnitLeader, SigningCapacity.Head),
        new("canbo.syt", "Lê Minh Khoa", "Chuyên viên Văn phòng Sở", "SYT", Roles.UnitClerk),
        new("vanthu.snv", "Phạm Thị Ngọc Ánh", "Văn thư", "SNV", Roles.HomeAffairsClerk),
        new("chuyenvien.btdkt", "Huỳnh Văn Đức", "Chuyên viên Ban Thi đua - Khen thưởng", "SNV-BTDKT", Roles.HomeAffairsReviewer),
        new("thuky.hdtdkt", "Võ Thị Mỹ Linh", "Thư ký Hội đồng", "SNV-BTDKT", Roles.CouncilSecretary),
        new("thanhvien.hdtdkt", "Đặng Hoàng Phúc", "Ủy viên Hội đồng", "HDTDKT", Roles.CouncilMember),
        new("chutich.ubnd", "Lâm Văn Mẫn", "Chủ tịch UBND thành phố", "UBND-TINH", Roles.Chairman, SigningCapacity.Head),
        new("phochutich.ubnd", "Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch", "UBND-TINH", Roles.Chairman, SigningCapacity.Deputy),
        new("vanthu.ubnd", "Trương Thị Kim Loan", "Văn thư Văn phòng UBND thành phố", "UBND-TINH", Roles.DocumentOffice),
        new("quantri", "Quản trị hệ thống", "Quản trị viên", "SNV", Roles.Admin),
        new("kiemtra", "Thạch Thị Sa Ri", "Thanh tra viên", "UBND-TINH", Roles.Auditor),
    ];
}
