using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Demo;

/// <summary>
/// The demo province as it is after the 2025 reorganisation: thành phố Cần Thơ, which absorbed the provinces of Sóc
/// Trăng and Hậu Giang on 01/07/2025, with its Sở Nội vụ (which, in Sóc Trăng, had absorbed Sở Lao động - Thương binh
/// và Xã hội on 01/03/2025) and communes instead of districts. Sóc Trăng's bodies stay as history: they ran the
/// 2021 - 2025 movement (Kế hoạch 146/KH-UBND) and their finished dossiers keep their names. The district codes
/// UBND-TP-STG, UBND-TX-VC and UBND-H-TD are kept, since other demo data refers to them (docs/legal-basis.md §4).
/// Names, emails and legal bases marked "dữ liệu mẫu" are not verified.
/// </summary>
internal static class DemoOrganisations
{
    /// <param name="ValidFrom">Null: 01/01/2020, before the movement began.</param>
    public sealed record Entry(string Code, string Name, string ShortCode, OrganisationKind Kind, string? Parent,
        string Email, DateOnly? ValidFrom = null);

    /// <summary>An organisation absorbed by another from a day, on a legal basis.</summary>
    public sealed record Merger(string Absorbed, string Absorbing, DateOnly Effective, string LegalBasis);

    public const string Province = "UBND-TINH";
    public const string HomeAffairs = "SNV";
    public const string EmulationBoard = "SNV-BTDKT";
    public const string Council = "HDTDKT";
    public const string Health = "SYT";
    public const string Women = "HLHPN";
    public const string Farmers = "HND";

    /// <summary>Sóc Trăng's People's Committee, which issued Kế hoạch 146/KH-UBND (history).</summary>
    public const string SocTrang = "UBND-STG";
    /// <summary>Sóc Trăng's Sở Lao động - Thương binh và Xã hội (history since 01/03/2025).</summary>
    public const string Labour = "SLDTBXH";
    public const string SocTrangHomeAffairs = "SNV-STG";
    public const string DistrictCity = "UBND-TP-STG";
    public const string DistrictVinhChau = "UBND-TX-VC";
    public const string DistrictTranDe = "UBND-H-TD";

    private static readonly DateOnly Communes = new(2025, 7, 1);
    private const string Mail = "cantho.demo.gov.vn";
    private const string OldMail = "soctrang.demo.gov.vn";

    public static readonly IReadOnlyList<Entry> All =
    [
        // Thành phố Cần Thơ, the province today.
        new(Province, "Ủy ban nhân dân thành phố Cần Thơ", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, $"vanphong@{Mail}"),
        new(HomeAffairs, "Sở Nội vụ", "SNV", OrganisationKind.Department, Province, $"snv@{Mail}"),
        new(EmulationBoard, "Ban Thi đua - Khen thưởng", "BTĐKT", OrganisationKind.Agency, HomeAffairs, $"btdkt@{Mail}"),
        new(Council, "Hội đồng Thi đua - Khen thưởng thành phố", "HĐTĐKT", OrganisationKind.Council, Province, $"hdtdkt@{Mail}"),
        new("STC", "Sở Tài chính", "STC", OrganisationKind.Department, Province, $"stc@{Mail}"),
        new(Health, "Sở Y tế", "SYT", OrganisationKind.Department, Province, $"syt@{Mail}"),
        new("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", OrganisationKind.Department, Province, $"sgddt@{Mail}"),
        new("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT", OrganisationKind.Department, Province, $"snnmt@{Mail}"),
        new("SCT", "Sở Công Thương", "SCT", OrganisationKind.Department, Province, $"sct@{Mail}"),
        new("SXD", "Sở Xây dựng", "SXD", OrganisationKind.Department, Province, $"sxd@{Mail}"),
        new("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "MTTQ", OrganisationKind.MassOrganisation, null, $"mttq@{Mail}"),
        new(Women, "Hội Liên hiệp Phụ nữ thành phố", "HLHPN", OrganisationKind.MassOrganisation, null, $"hoiphunu@{Mail}"),
        new(Farmers, "Hội Nông dân thành phố", "HND", OrganisationKind.MassOrganisation, null, $"hoinongdan@{Mail}"),
        new("TINH-DOAN", "Thành Đoàn Cần Thơ", "TĐTN", OrganisationKind.MassOrganisation, null, $"thanhdoan@{Mail}"),
        new("LDLD", "Liên đoàn Lao động thành phố", "LĐLĐ", OrganisationKind.MassOrganisation, null, $"ldld@{Mail}"),
        new("NHCSXH", "Ngân hàng Chính sách xã hội Chi nhánh thành phố Cần Thơ", "NHCSXH", OrganisationKind.CentralAgencyInProvince, null, $"nhcsxh@{Mail}"),
        new("CTY-MIASUA", "Công ty Cổ phần Mía đường Sóc Trăng", "CTMĐ", OrganisationKind.Enterprise, null, "vanphong@miaduong.demo.vn"),
        // Communes and wards since 01/07/2025, successors of the former districts (names are demo data).
        new("UBND-P-PHU-LOI", "Ủy ban nhân dân phường Phú Lợi (dữ liệu mẫu)", "UBND", OrganisationKind.CommunePeopleCommittee, Province, $"phuongphuloi@{Mail}", Communes),
        new("UBND-P-VINH-CHAU", "Ủy ban nhân dân phường Vĩnh Châu (dữ liệu mẫu)", "UBND", OrganisationKind.CommunePeopleCommittee, Province, $"phuongvinhchau@{Mail}", Communes),
        new("UBND-X-TRAN-DE", "Ủy ban nhân dân xã Trần Đề (dữ liệu mẫu)", "UBND", OrganisationKind.CommunePeopleCommittee, Province, $"xatrande@{Mail}", Communes),

        // Tỉnh Sóc Trăng until 30/06/2025 (history), and Hậu Giang, the third province of the merger.
        new(SocTrang, "Ủy ban nhân dân tỉnh Sóc Trăng", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, $"vanphong@{OldMail}"),
        new("UBND-HGI", "Ủy ban nhân dân tỉnh Hậu Giang", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, "vanphong@haugiang.demo.gov.vn"),
        new(SocTrangHomeAffairs, "Sở Nội vụ tỉnh Sóc Trăng", "SNV", OrganisationKind.Department, SocTrang, $"snv@{OldMail}"),
        new(Labour, "Sở Lao động - Thương binh và Xã hội tỉnh Sóc Trăng", "SLĐTBXH", OrganisationKind.Department, SocTrang, $"sldtbxh@{OldMail}"),
        new("SKHDT", "Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng", "SKHĐT", OrganisationKind.Department, SocTrang, $"skhdt@{OldMail}"),
        new("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng", "SNNPTNT", OrganisationKind.Department, SocTrang, $"snnptnt@{OldMail}"),
        new(DistrictCity, "Ủy ban nhân dân thành phố Sóc Trăng", "UBND", OrganisationKind.DistrictPeopleCommittee, SocTrang, $"ubndtp@{OldMail}"),
        new(DistrictVinhChau, "Ủy ban nhân dân thị xã Vĩnh Châu", "UBND", OrganisationKind.DistrictPeopleCommittee, SocTrang, $"ubndvinhchau@{OldMail}"),
        new(DistrictTranDe, "Ủy ban nhân dân huyện Trần Đề", "UBND", OrganisationKind.DistrictPeopleCommittee, SocTrang, $"ubndtrande@{OldMail}"),
    ];

    private const string Provinces = "Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh";
    private const string Ministries = "Nghị định số 45/2025/NĐ-CP";
    private const string CommuneLevel = "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã (số, ngày: dữ liệu mẫu)";
    private static readonly DateOnly Reorganisation = new(2025, 7, 1);

    /// <summary>The mergers, in the order they took effect; each absorbing organisation is valid on that day.</summary>
    public static readonly IReadOnlyList<Merger> Mergers =
    [
        new(Labour, SocTrangHomeAffairs, new DateOnly(2025, 3, 1), Ministries),
        new("SKHDT", "STC", Reorganisation, $"{Provinces} (đơn vị tiếp nhận: dữ liệu mẫu)"),
        new("SNNPTNT", "SNNMT", Reorganisation, $"{Provinces} (đơn vị tiếp nhận: dữ liệu mẫu)"),
        new(DistrictCity, "UBND-P-PHU-LOI", Reorganisation, CommuneLevel),
        new(DistrictVinhChau, "UBND-P-VINH-CHAU", Reorganisation, CommuneLevel),
        new(DistrictTranDe, "UBND-X-TRAN-DE", Reorganisation, CommuneLevel),
        new(SocTrangHomeAffairs, HomeAffairs, Reorganisation, Provinces),
        new(SocTrang, Province, Reorganisation, Provinces),
        new("UBND-HGI", Province, Reorganisation, Provinces),
    ];
}
