namespace DossierFlow.Domain.Access;

/// <summary>The roles, with their Vietnamese names for the UI.</summary>
public static class Roles
{
    public const string UnitClerk = "unit-clerk";
    public const string UnitLeader = "unit-leader";
    public const string HomeAffairsClerk = "home-affairs-clerk";
    public const string HomeAffairsReviewer = "home-affairs-reviewer";
    public const string CouncilSecretary = "council-secretary";
    public const string CouncilMember = "council-member";
    public const string Chairman = "chairman";
    /// <summary>The provincial People's Committee's document office (văn thư, Văn phòng UBND tỉnh): numbers and dates what the Chairman signed.</summary>
    public const string DocumentOffice = "document-office";
    public const string Admin = "admin";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [UnitClerk] = "Cán bộ thi đua, khen thưởng đơn vị",
        [UnitLeader] = "Lãnh đạo đơn vị",
        [HomeAffairsClerk] = "Văn thư, tiếp nhận - Sở Nội vụ",
        [HomeAffairsReviewer] = "Chuyên viên thẩm định - Sở Nội vụ",
        [CouncilSecretary] = "Thư ký Hội đồng Thi đua - Khen thưởng",
        [CouncilMember] = "Thành viên Hội đồng Thi đua - Khen thưởng",
        [Chairman] = "Chủ tịch UBND tỉnh",
        [DocumentOffice] = "Văn thư - Văn phòng UBND tỉnh",
        [Admin] = "Quản trị hệ thống",
        [Auditor] = "Kiểm tra, giám sát",
    };

    public static IReadOnlyList<string> All { get; } = Titles.Keys.ToList();

    /// <summary>
    /// Roles whose holders see every unit's dossiers; unit clerks and leaders see only their own, and council members
    /// only the dossiers on the agendas of their sessions (Application/Council/SessionAccess).
    /// </summary>
    public static IReadOnlySet<string> ProvinceWide { get; } = new HashSet<string>
    {
        HomeAffairsClerk, HomeAffairsReviewer, CouncilSecretary, Chairman, DocumentOffice, Admin, Auditor,
    };
}
