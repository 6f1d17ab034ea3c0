using DossierFlow.Application.Criteria;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Indicators;
using I = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Persistence.Tests.Criteria;

/// <summary>Every quantitative rule and gate of the shipped seed plans, each met, not met and short of data.</summary>
public class SeedRuleTests
{
    private static readonly IReadOnlyDictionary<string, CriteriaSet> Sets = CriteriaPublisher
        .Read(Path.Combine(RepositoryFolders.Workflows, CriteriaPublisher.SubFolder)).Select(e => e.Result.Set!).ToDictionary(s => s.Id);

    private const string SocTrang = "soc-trang-146", TraVinh = "tra-vinh-vi-nguoi-ngheo-2021-2025",
        KienGiang = "kien-giang-vi-nguoi-ngheo-2016-2020", LaiChau = "lai-chau-vi-nguoi-ngheo-2021-2025", DakNong = "dak-nong-thanh-tra-2021-2025";
    private const string Award = "bang-khen-chu-tich-tinh";

    private sealed class Data
    {
        public readonly Dictionary<int, Dictionary<string, decimal>> Years = [];

        public Data Rate(int year, decimal start, decimal end, string measure = "poverty-rate")
        {
            Year(year)[$"{measure}-start"] = start;
            Year(year)[$"{measure}-end"] = end;
            return this;
        }

        public Data Set(int year, string code, decimal value)
        {
            Year(year)[code] = value;
            return this;
        }

        private Dictionary<string, decimal> Year(int year) => Years.TryGetValue(year, out var y) ? y : Years[year] = [];

        public IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> Build() =>
            Years.ToDictionary(y => y.Key, y => (IReadOnlyDictionary<string, decimal>)y.Value);
    }

    private static CriteriaResult Judge(string set, string subject, int year, Data data, string? category = null, int? area = null,
        bool ethnic = false, IReadOnlyList<DisciplineRecord>? discipline = null) =>
        CriteriaEngine.Evaluate(Sets[set], new NomineeFacts(subject, category, area, ethnic, Award, year, data.Build(), discipline ?? [], true));

    // Sóc Trăng 146/KH-UBND §IV.1.b: districts, at least 2,5 points a year in the three years up to 2025 (Khmer at least 3 where reported).
    private static Data District(decimal y2024Drop) => new Data().Rate(2023, 10.0m, 7.2m).Rate(2024, 7.2m, 7.2m - y2024Drop).Rate(2025, 4.1m, 1.5m);

    [Fact]
    public void Soc_trang_district_met_with_the_reasons_of_each_year()
    {
        var result = Judge(SocTrang, SubjectTypes.District, 2025, District(3.1m));
        Assert.Equal(CriteriaVerdict.Met, result.Verdict);
        Assert.Contains(result.Reasons, r => r.Contains("Năm 2023 giảm 2,8, 2024 giảm 3,1, 2025 giảm 2,6 điểm %: đạt mức từ 2,5 điểm % trong 3 năm liên tục"));
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Soc_trang_district_not_met_when_one_year_falls_short()
    {
        var result = Judge(SocTrang, SubjectTypes.District, 2025, District(1.2m));
        Assert.Equal(CriteriaVerdict.NotMet, result.Verdict);
        Assert.Contains(result.Reasons, r => r.Contains("năm 2024 không đạt"));
    }

    [Fact]
    public void Soc_trang_district_short_of_data_names_the_year_and_indicator()
    {
        var data = new Data().Rate(2024, 7.2m, 4.1m).Rate(2025, 4.1m, 1.5m).Set(2023, I.PovertyRateStart, 10m);
        var result = Judge(SocTrang, SubjectTypes.District, 2025, data);
        Assert.Equal(CriteriaVerdict.MissingData, result.Verdict);
        Assert.Contains(result.Missing, m => m.Contains("năm 2023: thiếu Tỷ lệ hộ nghèo cuối năm (%)"));
    }

    [Fact]
    public void Soc_trang_district_khmer_sub_target_counts_where_reported()
    {
        var met = District(3.1m).Rate(2023, 12m, 8.5m, "khmer-poverty-rate").Rate(2024, 8.5m, 5m, "khmer-poverty-rate").Rate(2025, 5m, 1.9m, "khmer-poverty-rate");
        Assert.Equal(CriteriaVerdict.Met, Judge(SocTrang, SubjectTypes.District, 2025, met).Verdict);
        var failed = District(3.1m).Rate(2023, 12m, 10m, "khmer-poverty-rate").Rate(2024, 10m, 6m, "khmer-poverty-rate").Rate(2025, 6m, 2m, "khmer-poverty-rate");
        Assert.Equal(CriteriaVerdict.NotMet, Judge(SocTrang, SubjectTypes.District, 2025, failed).Verdict);
        var partial = District(3.1m).Rate(2023, 12m, 8.5m, "khmer-poverty-rate");
        Assert.Equal(CriteriaVerdict.MissingData, Judge(SocTrang, SubjectTypes.District, 2025, partial).Verdict);
    }

    [Theory]
    // §IV.1.c communes: at least 3 points in three years.
    [InlineData(SubjectTypes.Commune, 3.0, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.Commune, 2.9, CriteriaVerdict.NotMet)]
    // §IV.1.d hamlets: at least 4 points, the year being commended only.
    [InlineData(SubjectTypes.Hamlet, 4.0, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.Hamlet, 3.5, CriteriaVerdict.NotMet)]
    public void Soc_trang_commune_and_hamlet_thresholds(string subject, double drop, CriteriaVerdict expected)
    {
        var data = new Data().Rate(2023, 20m, 20m - (decimal)drop).Rate(2024, 15m, 15m - (decimal)drop).Rate(2025, 10m, 10m - (decimal)drop);
        Assert.Equal(expected, Judge(SocTrang, subject, 2025, data).Verdict);
    }

    [Fact]
    public void Soc_trang_commune_and_hamlet_short_of_data()
    {
        Assert.Equal(CriteriaVerdict.MissingData, Judge(SocTrang, SubjectTypes.Commune, 2025, new Data().Rate(2025, 10m, 6m)).Verdict);
        Assert.Equal(CriteriaVerdict.MissingData, Judge(SocTrang, SubjectTypes.Hamlet, 2025, new Data().Rate(2024, 10m, 5m)).Verdict);
    }

    [Fact]
    public void Soc_trang_qualitative_subjects_are_left_to_the_reviewer()
    {
        var result = Judge(SocTrang, SubjectTypes.Individual, 2025, new Data());
        Assert.Equal(CriteriaVerdict.NoRules, result.Verdict);
        Assert.Contains(result.Reasons, r => r.Contains("tiêu chí định tính"));
    }

    // Trà Vinh §IV.1.a and c: a yearly drop over three years, or poor and near-poor households down by more than half since the start.
    [Theory]
    [InlineData(SubjectTypes.Province, 0.5, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.Province, 0.4, CriteriaVerdict.NotMet)]
    [InlineData(SubjectTypes.District, 4.0, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.District, 3.9, CriteriaVerdict.NotMet)]
    public void Tra_vinh_yearly_drop(string subject, double drop, CriteriaVerdict expected)
    {
        var data = new Data().Rate(2023, 20m, 20m - (decimal)drop).Rate(2024, 15m, 15m - (decimal)drop).Rate(2025, 10m, 10m - (decimal)drop)
            .Set(2021, I.PoorStart, 1000).Set(2021, I.NearPoorStart, 1000).Set(2025, I.PoorEnd, 900).Set(2025, I.NearPoorEnd, 900);
        Assert.Equal(expected, Judge(TraVinh, subject, 2025, data).Verdict);
    }

    [Fact]
    public void Tra_vinh_the_other_branch_households_halved_meets_even_when_the_yearly_drop_does_not()
    {
        var data = new Data().Rate(2023, 20m, 19.9m).Rate(2024, 19.9m, 19.8m).Rate(2025, 19.8m, 19.7m)
            .Set(2021, I.PoorStart, 1000).Set(2021, I.NearPoorStart, 800).Set(2025, I.PoorEnd, 500).Set(2025, I.NearPoorEnd, 390);
        var result = Judge(TraVinh, SubjectTypes.District, 2025, data);
        Assert.Equal(CriteriaVerdict.Met, result.Verdict);
        Assert.Contains(result.Reasons, r => r.Contains("1.800 hộ") && r.Contains("giảm 50,56%"));
    }

    [Fact]
    public void Tra_vinh_district_short_of_data_when_neither_branch_can_be_judged()
    {
        var result = Judge(TraVinh, SubjectTypes.District, 2025, new Data().Rate(2025, 10m, 5m));
        Assert.Equal(CriteriaVerdict.MissingData, result.Verdict);
        Assert.Contains(result.Missing, m => m.Contains("đầu kỳ (năm 2021)"));
    }

    [Theory]
    // §IV.1.d: communes of an ethnic-minority area; §IV.1.đ: hamlets. More than half since the start.
    [InlineData(SubjectTypes.Commune, 499, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.Commune, 500, CriteriaVerdict.NotMet)]
    [InlineData(SubjectTypes.Hamlet, 200, CriteriaVerdict.Met)]
    [InlineData(SubjectTypes.Hamlet, 700, CriteriaVerdict.NotMet)]
    public void Tra_vinh_commune_and_hamlet_households_more_than_halved(string subject, int end, CriteriaVerdict expected)
    {
        var data = new Data().Set(2021, I.PoorStart, 600).Set(2021, I.NearPoorStart, 400).Set(2025, I.PoorEnd, end).Set(2025, I.NearPoorEnd, 0);
        Assert.Equal(expected, Judge(TraVinh, subject, 2025, data, area: subject == SubjectTypes.Commune ? 3 : null, ethnic: true).Verdict);
    }

    [Fact]
    public void Tra_vinh_commune_rule_applies_only_in_an_ethnic_minority_area_and_needs_both_ends()
    {
        var halfway = new Data().Set(2021, I.PoorStart, 600).Set(2021, I.NearPoorStart, 400);
        Assert.Equal(CriteriaVerdict.MissingData, Judge(TraVinh, SubjectTypes.Commune, 2025, halfway, area: 2, ethnic: true).Verdict);
        Assert.Equal(CriteriaVerdict.NoRules, Judge(TraVinh, SubjectTypes.Commune, 2025, halfway, area: 2, ethnic: false).Verdict);
        Assert.Equal(CriteriaVerdict.MissingData, Judge(TraVinh, SubjectTypes.Hamlet, 2025, halfway).Verdict);
    }

    // Kiên Giang §IV.1.2.b, c: every year of 2016-2020 at least the assigned target; §IV.1.1: the discipline gate.
    private static Data Targets(decimal y2018Drop)
    {
        var data = new Data();
        for (var year = 2016; year <= 2020; year++)
            data.Rate(year, 20m - year + 2016, 20m - year + 2016 - (year == 2018 ? y2018Drop : 1.5m)).Set(year, I.PovertyReductionTarget, 1.5m);
        return data;
    }

    [Theory]
    [InlineData(SubjectTypes.District)]
    [InlineData(SubjectTypes.Commune)]
    [InlineData(SubjectTypes.Hamlet)]
    public void Kien_giang_assigned_targets_every_year(string subject)
    {
        Assert.Equal(CriteriaVerdict.Met, Judge(KienGiang, subject, 2020, Targets(1.5m)).Verdict);
        var short2018 = Judge(KienGiang, subject, 2020, Targets(1.2m));
        Assert.Equal(CriteriaVerdict.NotMet, short2018.Verdict);
        Assert.Contains(short2018.Reasons, r => r.Contains("2018 giảm 1,2 (chỉ tiêu 1,5)"));
        var noTarget = Targets(1.5m);
        noTarget.Years[2019].Remove(I.PovertyReductionTarget);
        var missing = Judge(KienGiang, subject, 2020, noTarget);
        Assert.Equal(CriteriaVerdict.MissingData, missing.Verdict);
        Assert.Contains(missing.Missing, m => m.Contains("năm 2019: thiếu Chỉ tiêu giảm tỷ lệ hộ nghèo được giao"));
    }

    [Fact]
    public void Kien_giang_discipline_from_reprimand_closes_the_gate_and_criticism_does_not()
    {
        var today = new DateOnly(2026, 12, 2);
        var unit = Guid.NewGuid();
        var now = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);
        var reprimand = DisciplineRecord.ForCollective(unit, DisciplineLevel.Reprimand, new DateOnly(2018, 5, 4), "15/QĐ-UBND", null, today, now, "u");
        var criticism = DisciplineRecord.ForCollective(unit, DisciplineLevel.Criticism, new DateOnly(2018, 5, 4), null, null, today, now, "u");
        var before = DisciplineRecord.ForCollective(unit, DisciplineLevel.Warning, new DateOnly(2015, 5, 4), null, null, today, now, "u");

        var refused = Judge(KienGiang, SubjectTypes.Department, 2020, new Data(), discipline: [reprimand]);
        Assert.Equal(CriteriaVerdict.NotMet, refused.Verdict);
        Assert.Contains(refused.Reasons, r => r.Contains("Khiển trách ngày 04/05/2018 (15/QĐ-UBND)") && r.Contains("điều kiện bắt buộc"));
        Assert.Equal(CriteriaVerdict.Met, Judge(KienGiang, SubjectTypes.Department, 2020, new Data(), discipline: [criticism, before]).Verdict);
        // The gate has no missing data: the records are what the units entered. The district still needs its targets.
        Assert.Equal(CriteriaVerdict.MissingData, Judge(KienGiang, SubjectTypes.District, 2020, new Data(), discipline: [criticism]).Verdict);
        Assert.Equal(CriteriaVerdict.NotMet, Judge(KienGiang, SubjectTypes.District, 2020, Targets(1.5m), discipline: [reprimand]).Verdict);
    }

    [Theory]
    [InlineData(LaiChau, SubjectTypes.District)]
    [InlineData(DakNong, SubjectTypes.Department)]
    public void Plans_without_measurable_criteria_leave_the_verdict_to_the_reviewer(string set, string subject)
    {
        var result = Judge(set, subject, 2025, new Data().Rate(2025, 10m, 1m));
        Assert.Equal(CriteriaVerdict.NoRules, result.Verdict);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void A_nominee_that_stands_for_no_reporting_unit_is_short_of_data()
    {
        var result = CriteriaEngine.Evaluate(Sets[SocTrang], new NomineeFacts(SubjectTypes.District, null, null, false, Award, 2025,
            new Dictionary<int, IReadOnlyDictionary<string, decimal>>(), [], HasReportingUnit: false));
        Assert.Equal(CriteriaVerdict.MissingData, result.Verdict);
        Assert.Contains(result.Missing, m => m.Contains("chưa gắn với đơn vị báo cáo"));
    }
}
