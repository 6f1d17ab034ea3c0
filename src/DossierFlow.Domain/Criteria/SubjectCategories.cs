namespace DossierFlow.Domain.Criteria;

/// <summary>The finer groups of a subject type that a rule may select by (<see cref="CriteriaEvaluation.Category"/>).</summary>
public static class SubjectCategories
{
    public const string PoorHousehold = "ho-ngheo";
    public const string NearPoorHousehold = "ho-can-ngheo";
    public const string RecentlyOutOfPoverty = "ho-moi-thoat-ngheo";
    public const string OtherHousehold = "ho-khac";
    /// <summary>Cán bộ, công chức, viên chức.</summary>
    public const string CivilServant = "cbccvc";
    public const string OtherPerson = "ca-nhan-khac";

    public static IReadOnlyList<(string Code, string SubjectType, string Name)> All { get; } =
    [
        (PoorHousehold, SubjectTypes.Household, "Hộ nghèo"),
        (NearPoorHousehold, SubjectTypes.Household, "Hộ cận nghèo"),
        (RecentlyOutOfPoverty, SubjectTypes.Household, "Hộ mới thoát nghèo"),
        (OtherHousehold, SubjectTypes.Household, "Hộ khá, giàu"),
        (CivilServant, SubjectTypes.Individual, "Cán bộ, công chức, viên chức"),
        (OtherPerson, SubjectTypes.Individual, "Cá nhân khác"),
    ];

    public static bool Fits(string subjectType, string category) =>
        All.Any(c => c.Code == category && c.SubjectType == subjectType);

    public static string Name(string code) => All.FirstOrDefault(c => c.Code == code).Name ?? code;
}
