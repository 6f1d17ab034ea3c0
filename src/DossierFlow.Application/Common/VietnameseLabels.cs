using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Common;

/// <summary>Vietnamese names of the domain's enumerations, for pages, documents and CSV imports.</summary>
public static class VietnameseLabels
{
    public static readonly IReadOnlyDictionary<OrganisationKind, string> OrganisationKinds = new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.ProvincialPeopleCommittee] = "UBND tỉnh",
        [OrganisationKind.Department] = "Sở, ban, ngành",
        [OrganisationKind.Agency] = "Cơ quan, đơn vị trực thuộc",
        [OrganisationKind.DistrictPeopleCommittee] = "UBND cấp huyện (trước 01/7/2025)",
        [OrganisationKind.CommunePeopleCommittee] = "UBND cấp xã",
        [OrganisationKind.MassOrganisation] = "Mặt trận, đoàn thể, hội",
        [OrganisationKind.Enterprise] = "Doanh nghiệp, hợp tác xã",
        [OrganisationKind.CentralAgencyInProvince] = "Cơ quan Trung ương tại tỉnh",
        [OrganisationKind.Council] = "Hội đồng",
        [OrganisationKind.Other] = "Khác",
    };

    public static readonly IReadOnlyDictionary<PhaseKind, string> PhaseKinds = new Dictionary<PhaseKind, string>
    {
        [PhaseKind.Yearly] = "Hằng năm",
        [PhaseKind.Interim] = "Sơ kết",
        [PhaseKind.Final] = "Tổng kết",
    };

    public static readonly IReadOnlyDictionary<LatePolicy, string> LatePolicies = new Dictionary<LatePolicy, string>
    {
        [LatePolicy.AcceptAndMarkLate] = "Nhận và ghi nhận nộp muộn",
        [LatePolicy.Refuse] = "Không nhận hồ sơ nộp muộn",
    };

    public static readonly IReadOnlyDictionary<NomineeKind, string> NomineeKinds = new Dictionary<NomineeKind, string>
    {
        [NomineeKind.Individual] = "Cá nhân",
        [NomineeKind.Collective] = "Tập thể",
        [NomineeKind.Household] = "Hộ gia đình",
    };

    public static readonly IReadOnlyDictionary<CommendationType, string> CommendationTypes = new Dictionary<CommendationType, string>
    {
        [CommendationType.Movement] = "Theo phong trào thi đua, chuyên đề",
        [CommendationType.Merit] = "Theo công trạng và thành tích",
        [CommendationType.Extraordinary] = "Đột xuất",
        [CommendationType.Dedication] = "Quá trình cống hiến",
        [CommendationType.Foreign] = "Đối ngoại",
    };

    /// <summary>
    /// A document of a dossier named for a reader: a per-nominee kind ("kind#order") by the nominee's name and kind,
    /// "Báo cáo thành tích của Trần Thị Lan (cá nhân)", not by their place in the list.
    /// </summary>
    public static string DocumentOf(string kind, IEnumerable<Domain.Dossiers.Nominee> nominees) =>
        kind.Split('#') is [var form, var order] && nominees.FirstOrDefault(n => n.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) == order) is { } nominee
            ? $"{DocumentKind(form)} của {nominee.Name} ({NomineeKinds[nominee.Kind].ToLower(VietnameseFormat.Culture)})"
            : DocumentKind(kind);

    /// <summary>Names of the document kinds (form codes of forms/ and "evidence").</summary>
    public static string DocumentKind(string kind) => kind.Split('#') is [var form, var nominee]
        ? $"{DocumentKind(form)} (đối tượng {nominee})"
        : kind switch
    {
        "to-trinh" => "Tờ trình đề nghị khen thưởng",
        "bien-ban-hoi-dong" => "Biên bản họp Hội đồng Thi đua - Khen thưởng",
        // The kind keeps the key of the first form that filled it; the form in force is chosen by the dossier's date.
        "bao-cao-thanh-tich-mau-07" => "Báo cáo thành tích",
        "bao-cao-phong-trao" => "Báo cáo kết quả thực hiện phong trào",
        Domain.Dossiers.Dossier.EvidenceKind => "Tài liệu minh chứng",
        "quyet-dinh-khen-thuong" => "Quyết định khen thưởng",
        "bien-ban-hop-hoi-dong-tinh" => "Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh",
        "to-trinh-trung-uong" => "Tờ trình của UBND tỉnh đề nghị Trung ương khen thưởng",
        "danh-sach-de-nghi" => "Danh sách đề nghị khen thưởng",
        "phieu-tiep-nhan" => "Phiếu tiếp nhận hồ sơ",
        "to-trinh-so-noi-vu" => "Tờ trình của Sở Nội vụ (đợt trình)",
        _ => kind,
    };
}
