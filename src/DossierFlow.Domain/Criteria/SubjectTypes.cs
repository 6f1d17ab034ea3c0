namespace DossierFlow.Domain.Criteria;

/// <summary>
/// The kinds of nominee a plan sets criteria for, as criteria files name them. <see cref="District"/> exists only
/// for periods before 01/07/2025, when districts were abolished.
/// </summary>
public static class SubjectTypes
{
    /// <summary>Tỉnh.</summary>
    public const string Province = "tinh";
    /// <summary>Sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể, hội.</summary>
    public const string Department = "so-ban-nganh";
    /// <summary>Huyện, thị xã, thành phố thuộc tỉnh (before 01/07/2025).</summary>
    public const string District = "huyen";
    /// <summary>Xã, phường, thị trấn, with its area (khu vực I, II, III) and whether it is an ethnic-minority area.</summary>
    public const string Commune = "xa";
    /// <summary>Ấp, khóm, tổ dân phố.</summary>
    public const string Hamlet = "ap";
    /// <summary>Hộ gia đình, by poverty status.</summary>
    public const string Household = "ho-gia-dinh";
    /// <summary>Cá nhân: cán bộ, công chức, viên chức and others.</summary>
    public const string Individual = "ca-nhan";
    /// <summary>Doanh nghiệp, hợp tác xã, tổ chức tín dụng.</summary>
    public const string Enterprise = "doanh-nghiep";

    /// <summary>The last day a district-level subject existed.</summary>
    public static readonly DateOnly DistrictsAbolishedAfter = new(2025, 6, 30);

    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        (Province, "Tỉnh"),
        (Department, "Sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể, hội"),
        (District, "Huyện, thị xã, thành phố thuộc tỉnh"),
        (Commune, "Xã, phường, thị trấn"),
        (Hamlet, "Ấp, khóm, tổ dân phố"),
        (Household, "Hộ gia đình"),
        (Individual, "Cá nhân"),
        (Enterprise, "Doanh nghiệp, hợp tác xã, tổ chức tín dụng"),
    ];

    public static bool IsKnown(string code) => All.Any(t => t.Code == code);

    public static string Name(string code) => All.FirstOrDefault(t => t.Code == code).Name ?? code;
}
