namespace DossierFlow.Application.Forms;

/// <summary>The "Province" section: the province's name for date lines and the codes of its key organisations.</summary>
public sealed class ProvinceOptions
{
    public const string Section = "Province";

    /// <summary>The place name of date lines ("Sóc Trăng, ngày …") for provincial bodies.</summary>
    public string Name { get; set; } = "Sóc Trăng";

    /// <summary>Code of the provincial People's Committee, which issues the decisions.</summary>
    public string CommitteeCode { get; set; } = "UBND-TINH";

    /// <summary>Code of the provincial Hội đồng Thi đua - Khen thưởng, which issues the minutes of its sessions.</summary>
    public string CouncilCode { get; set; } = "HDTDKT";

    /// <summary>Folder of optional province .docx templates ({form code}.docx with content controls tagged by field).</summary>
    public string FormsFolder { get; set; } = "../../forms";

    /// <summary>
    /// Base salary (lương cơ sở) by the date it took effect. Default: 2.340.000 đồng from 01/07/2024
    /// (Nghị định 73/2024/NĐ-CP) and 2.530.000 đồng from 01/07/2026 (announced by the Government; the decree's
    /// number is to confirm) — to be kept current by the province.
    /// </summary>
    /// Null means those defaults; a configured list replaces them (the configuration binder would otherwise append to a default list).
    public List<BaseSalary>? BaseSalaries { get; set; }

    public static IReadOnlyList<BaseSalary> DefaultBaseSalaries { get; } =
    [
        new() { From = new DateOnly(2024, 7, 1), Amount = 2_340_000 },
        new() { From = new DateOnly(2026, 7, 1), Amount = 2_530_000 },
    ];

    private IEnumerable<BaseSalary> Salaries => BaseSalaries ?? DefaultBaseSalaries;

    /// <summary>The bonus of a collective or household as a multiple of an individual's (configuration; NĐ 152/2025).</summary>
    public Dictionary<string, decimal> KindFactors { get; set; } = new() { ["individual"] = 1m, ["collective"] = 2m, ["household"] = 1.5m };

    /// <summary>
    /// How each kind of organisation signs (head's title, collective body), by OrganisationKind name; a kind not
    /// listed takes <see cref="SignatureAuthority.DefaultRules"/>.
    /// </summary>
    public Dictionary<string, SigningRule> SigningRules { get; set; } = [];

    public SigningRule SigningRuleFor(Domain.Organisations.OrganisationKind kind) =>
        SigningRules.GetValueOrDefault(kind.ToString()) ?? SignatureAuthority.DefaultRules.GetValueOrDefault(kind) ?? new SigningRule();

    public decimal BaseSalaryOn(DateOnly date) =>
        Salaries.Where(s => s.From <= date).OrderByDescending(s => s.From).Select(s => s.Amount).FirstOrDefault();
}

public sealed class BaseSalary
{
    public DateOnly From { get; set; }
    public decimal Amount { get; set; }
}
