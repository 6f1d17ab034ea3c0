using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Demo;

/// <summary>
/// The demo province's organisations, after Sóc Trăng's Kế hoạch 146/KH-UBND. The district-level committees
/// end on 30/06/2025, when the district level was abolished (docs/legal-basis.md §4).
/// </summary>
internal static class DemoOrganisations
{
    public sealed record Entry(string Code, string Name, string ShortCode, OrganisationKind Kind, string? Parent,
        string Email, DateOnly? ValidTo = null);

    public const string Province = "UBND-TINH";
    public const string HomeAffairs = "SNV";
    public const string EmulationBoard = "SNV-BTDKT";
    public const string Council = "HDTDKT";
    public const string Labour = "SLDTBXH";
    public const string Health = "SYT";
    public const string Women = "HLHPN";
    public const string Farmers = "HND";

    private static readonly DateOnly EndOfDistricts = new(2025, 6, 30);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(Province, "Ủy ban nhân dân tỉnh Sóc Trăng", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, "vanphong@soctrang.demo.gov.vn"),
        new(HomeAffairs, "Sở Nội vụ", "SNV", OrganisationKind.Department, Province, "snv@soctrang.demo.gov.vn"),
        new(EmulationBoard, "Ban Thi đua - Khen thưởng", "BTĐKT", OrganisationKind.Agency, HomeAffairs, "btdkt@soctrang.demo.gov.vn"),
        new(Council, "Hội đồng Thi đua - Khen thưởng tỉnh", "HĐTĐKT", OrganisationKind.Council, Province, "hdtdkt@soctrang.demo.gov.vn"),
        new(Labour, "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", OrganisationKind.Department, Province, "sldtbxh@soctrang.demo.gov.vn"),
        new("STC", "Sở Tài chính", "STC", OrganisationKind.Department, Province, "stc@soctrang.demo.gov.vn"),
        new("SKHDT", "Sở Kế hoạch và Đầu tư", "SKHĐT", OrganisationKind.Department, Province, "skhdt@soctrang.demo.gov.vn"),
        new(Health, "Sở Y tế", "SYT", OrganisationKind.Department, Province, "syt@soctrang.demo.gov.vn"),
        new("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", OrganisationKind.Department, Province, "sgddt@soctrang.demo.gov.vn"),
        new("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", OrganisationKind.Department, Province, "snnptnt@soctrang.demo.gov.vn"),
        new("SCT", "Sở Công Thương", "SCT", OrganisationKind.Department, Province, "sct@soctrang.demo.gov.vn"),
        new("SXD", "Sở Xây dựng", "SXD", OrganisationKind.Department, Province, "sxd@soctrang.demo.gov.vn"),
        new("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ", OrganisationKind.MassOrganisation, null, "mttq@soctrang.demo.gov.vn"),
        new(Women, "Hội Liên hiệp Phụ nữ tỉnh", "HLHPN", OrganisationKind.MassOrganisation, null, "hoiphunu@soctrang.demo.gov.vn"),
        new(Farmers, "Hội Nông dân tỉnh", "HND", OrganisationKind.MassOrganisation, null, "hoinongdan@soctrang.demo.gov.vn"),
        new("TINH-DOAN", "Tỉnh Đoàn Sóc Trăng", "TĐTN", OrganisationKind.MassOrganisation, null, "tinhdoan@soctrang.demo.gov.vn"),
        new("LDLD", "Liên đoàn Lao động tỉnh", "LĐLĐ", OrganisationKind.MassOrganisation, null, "ldld@soctrang.demo.gov.vn"),
        new("NHCSXH", "Ngân hàng Chính sách xã hội Chi nhánh tỉnh", "NHCSXH", OrganisationKind.CentralAgencyInProvince, null, "nhcsxh@soctrang.demo.gov.vn"),
        new("UBND-TP-STG", "Ủy ban nhân dân thành phố Sóc Trăng", "UBND", OrganisationKind.DistrictPeopleCommittee, Province, "ubndtp@soctrang.demo.gov.vn", EndOfDistricts),
        new("UBND-TX-VC", "Ủy ban nhân dân thị xã Vĩnh Châu", "UBND", OrganisationKind.DistrictPeopleCommittee, Province, "ubndvinhchau@soctrang.demo.gov.vn", EndOfDistricts),
        new("UBND-H-TD", "Ủy ban nhân dân huyện Trần Đề", "UBND", OrganisationKind.DistrictPeopleCommittee, Province, "ubndtrande@soctrang.demo.gov.vn", EndOfDistricts),
        new("CTY-MIASUA", "Công ty Cổ phần Mía đường Sóc Trăng", "CTMĐ", OrganisationKind.Enterprise, null, "vanphong@miaduong.demo.vn"),
    ];
}
