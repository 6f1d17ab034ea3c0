using DossierFlow.Domain.Indicators;
using static DossierFlow.Domain.Indicators.IndicatorValidation;

namespace DossierFlow.Domain.Criteria;

/// <summary>
/// Judges a nominee against a movement's criteria. The quantitative items and the hard gates that apply to the
/// nominee are all required ("và" between items); a rule that fails on the data present is a failure even when
/// other years are missing, since more data cannot repair it; otherwise a missing figure leaves the verdict
/// "thiếu số liệu". Qualitative items do not change the verdict: they are listed for the reviewer with the
/// evidence they need. A nominee with no quantitative item or gate gets <see cref="CriteriaVerdict.NoRules"/>.
/// </summary>
public static class CriteriaEngine
{
    private enum Outcome { Met, NotMet, Missing, NotApplicable }

    private sealed record Judged(Outcome Outcome, List<string> Reasons, List<string> Missing);

    public static CriteriaResult Evaluate(CriteriaSet set, NomineeFacts facts)
    {
        var items = set.For(facts.SubjectType, facts.AwardCode).ToList();
        var reasons = new List<string>();
        var missing = new List<string>();
        var outcomes = new List<Outcome>();
        foreach (var item in items)
        {
            var fit = Fits(item.Where, facts);
            if (fit == Outcome.NotApplicable) continue;
            if (item.Kind == CriteriaItemKind.Qualitative)
            {
                reasons.Add($"{item.Source}: tiêu chí định tính, người thẩm định đối chiếu minh chứng ({item.Evidence}).");
                continue;
            }
            if (fit == Outcome.Missing)
            {
                missing.Add($"{item.Source}: chưa xác định khu vực, vùng đồng bào dân tộc thiểu số của xã để áp dụng tiêu chí.");
                outcomes.Add(Outcome.Missing);
                continue;
            }
            var judged = Judge(item.Rule!, set, facts);
            if (judged.Outcome == Outcome.NotApplicable) continue;
            outcomes.Add(judged.Outcome);
            var label = item.Kind == CriteriaItemKind.HardGate ? $"{item.Source} (điều kiện bắt buộc)" : item.Source;
            reasons.AddRange(judged.Reasons.Select(r => $"{label}: {r}"));
            missing.AddRange(judged.Missing.Select(m => $"{item.Source}: {m}"));
        }
        var verdict = outcomes.Count == 0 ? CriteriaVerdict.NoRules
            : outcomes.Contains(Outcome.NotMet) ? CriteriaVerdict.NotMet
            : outcomes.Contains(Outcome.Missing) ? CriteriaVerdict.MissingData
            : CriteriaVerdict.Met;
        if (verdict == CriteriaVerdict.NoRules && items.Count == 0)
            reasons.Add($"Kế hoạch không đặt tiêu chí cho {SubjectTypes.Name(facts.SubjectType).ToLowerInvariant()} với hình thức khen thưởng này.");
        return new(verdict, reasons, missing.Distinct().ToList());
    }

    private static Outcome Fits(SubjectFilter where, NomineeFacts facts)
    {
        if (where.Categories is { } categories && (facts.Category is null || !categories.Contains(facts.Category))) return Outcome.NotApplicable;
        if (where.EthnicMinorityArea is { } ethnic && ethnic != facts.EthnicMinorityArea) return Outcome.NotApplicable;
        if (where.CommuneAreas is { } areas)
        {
            if (facts.CommuneArea is not { } area) return Outcome.Missing;
            if (!areas.Contains(area)) return Outcome.NotApplicable;
        }
        return Outcome.Met;
    }

    private static Judged Judge(CriteriaRule rule, CriteriaSet set, NomineeFacts facts) => rule switch
    {
        AllOf all => Combine(all.Rules.Select(r => Judge(r, set, facts)).ToList(), any: false),
        AnyOf any => Combine(any.Rules.Select(r => Judge(r, set, facts)).ToList(), any: true),
        YearlyDrop drop => JudgeYearlyDrop(drop, set, facts),
        DropSinceStart since => JudgeDropSinceStart(since, set, facts),
        NoDiscipline gate => JudgeDiscipline(gate, set, facts),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static Judged Combine(List<Judged> parts, bool any)
    {
        var applicable = parts.Where(p => p.Outcome != Outcome.NotApplicable).ToList();
        if (applicable.Count == 0) return new(Outcome.NotApplicable, [], []);
        var outcome = any
            ? applicable.Any(p => p.Outcome == Outcome.Met) ? Outcome.Met
                : applicable.Any(p => p.Outcome == Outcome.Missing) ? Outcome.Missing : Outcome.NotMet
            : applicable.Any(p => p.Outcome == Outcome.NotMet) ? Outcome.NotMet
                : applicable.Any(p => p.Outcome == Outcome.Missing) ? Outcome.Missing : Outcome.Met;
        var reasons = applicable.SelectMany(p => p.Reasons).ToList();
        if (any && reasons.Count > 1) reasons = [string.Join(" Hoặc: ", reasons)];
        if (any && outcome == Outcome.Met)
            return new(outcome, reasons, []);
        return new(outcome, reasons, applicable.SelectMany(p => p.Missing).ToList());
    }

    private static IReadOnlyDictionary<string, decimal>? YearData(NomineeFacts facts, int year) =>
        facts.IndicatorsByYear.GetValueOrDefault(year);

    private static Judged NoUnit() =>
        new(Outcome.Missing, [], ["đối tượng chưa gắn với đơn vị báo cáo số liệu của phong trào."]);

    private static Judged JudgeYearlyDrop(YearlyDrop rule, CriteriaSet set, NomineeFacts facts)
    {
        if (!facts.HasReportingUnit) return NoUnit();
        var measure = Measures.Find(rule.Measure)!;
        var years = rule.Window.YearsUpTo(Math.Min(facts.Year, set.EndYear), set.StartYear).ToList();
        if (rule.WhenReported && !years.Any(y => Measures.Read(measure, YearData(facts, y), false).Value is not null
                                             || Measures.Read(measure, YearData(facts, y), true).Value is not null))
            return new(Outcome.NotApplicable, [], []);
        var bar = rule.AgainstTarget ? "chỉ tiêu được giao" : $"mức từ {Format(rule.AtLeast)} điểm %";
        var parts = new List<string>();
        var failed = new List<string>();
        var missing = new List<string>();
        foreach (var year in years)
        {
            var data = YearData(facts, year);
            var (start, startMissing) = Measures.Read(measure, data, false);
            var (end, endMissing) = Measures.Read(measure, data, true);
            decimal? target = null;
            if (rule.AgainstTarget)
            {
                if (data is not null && data.TryGetValue(IndicatorCatalogue.PovertyReductionTarget, out var t)) target = t;
                else missing.Add($"năm {year}: thiếu {Measures.IndicatorName(IndicatorCatalogue.PovertyReductionTarget)}.");
            }
            if (start is null || end is null)
            {
                if (year < set.StartYear || year > set.EndYear)
                    missing.Add($"năm {year} nằm ngoài giai đoạn {set.StartYear} - {set.EndYear} của phong trào, không có số liệu.");
                else
                    missing.Add($"năm {year}: thiếu {Measures.IndicatorName((startMissing ?? endMissing)!)}.");
                continue;
            }
            var drop = start.Value - end.Value;
            var change = drop >= 0 ? $"giảm {Format(drop)}" : $"tăng {Format(-drop)}";
            var required = rule.AgainstTarget ? target : rule.AtLeast;
            parts.Add(rule.AgainstTarget && target is not null ? $"{year} {change} (chỉ tiêu {Format(target.Value)})" : $"{year} {change}");
            if (required is { } r && drop < r) failed.Add(year.ToString());
        }
        var shown = parts.Count == 0 ? "" : $"Năm {string.Join(", ", parts)} điểm %";
        var what = $"{measure.Name} {(rule.Window.Kind == WindowKind.ConsecutiveYears ? $"giảm đạt {bar} {rule.Window.Describe()}" : $"giảm đạt {bar} ở {rule.Window.Describe()}")}";
        if (failed.Count > 0)
            return new(Outcome.NotMet, [$"{shown}: không đạt ({what}; năm {string.Join(", ", failed)} không đạt)."], missing);
        if (missing.Count > 0)
            return new(Outcome.Missing, [$"{(shown.Length > 0 ? shown + ": " : "")}chưa đủ số liệu để xét {what}."], missing);
        return new(Outcome.Met, [$"{shown}: đạt {bar} {rule.Window.Describe()} ({measure.Name})."], []);
    }

    private static Judged JudgeDropSinceStart(DropSinceStart rule, CriteriaSet set, NomineeFacts facts)
    {
        if (!facts.HasReportingUnit) return NoUnit();
        var measure = Measures.Find(rule.Measure)!;
        var year = Math.Min(facts.Year, set.EndYear);
        var (start, startMissing) = Measures.Read(measure, YearData(facts, set.StartYear), false);
        var (end, endMissing) = Measures.Read(measure, YearData(facts, year), true);
        if (rule.WhenReported && start is null && end is null) return new(Outcome.NotApplicable, [], []);
        var unit = measure.IsRate ? "%" : " hộ";
        var what = $"{measure.Name} giảm trên {Format(rule.MoreThanPercent)}% so với đầu kỳ";
        var missing = new List<string>();
        if (start is null) missing.Add($"đầu kỳ (năm {set.StartYear}): thiếu {Measures.IndicatorName(startMissing!)}.");
        if (end is null) missing.Add($"năm {year}: thiếu {Measures.IndicatorName(endMissing!)}.");
        if (missing.Count > 0) return new(Outcome.Missing, [$"chưa đủ số liệu để xét {what}."], missing);
        if (start == 0)
            return new(Outcome.NotMet, [$"đầu kỳ (năm {set.StartYear}) {measure.Name} bằng 0, không có mức giảm để xét {what}."], []);
        var share = Math.Round((start!.Value - end!.Value) * 100m / start.Value, 2, MidpointRounding.AwayFromZero);
        var shown = $"Đầu kỳ (đầu năm {set.StartYear}) {Format(start.Value)}{unit}, cuối năm {year} {Format(end.Value)}{unit}, "
            + (share >= 0 ? $"giảm {Format(share)}%" : $"tăng {Format(-share)}%");
        return share > rule.MoreThanPercent
            ? new(Outcome.Met, [$"{shown}: đạt ({what})."], [])
            : new(Outcome.NotMet, [$"{shown}: không đạt ({what})."], []);
    }

    private static Judged JudgeDiscipline(NoDiscipline rule, CriteriaSet set, NomineeFacts facts)
    {
        var from = new DateOnly(set.StartYear, 1, 1);
        var hits = facts.Discipline.Where(d => d.Level >= rule.FromLevel && d.DecidedOn >= from)
            .OrderBy(d => d.DecidedOn).ToList();
        var level = DisciplineLevels.Name(rule.FromLevel).ToLowerInvariant();
        if (hits.Count == 0)
            return new(Outcome.Met, [$"không có kỷ luật từ hình thức {level} trở lên từ năm {set.StartYear}: đạt."], []);
        var listed = string.Join("; ", hits.Select(d =>
            $"{DisciplineLevels.Name(d.Level)} ngày {d.DecidedOn:dd/MM/yyyy}{(d.DecisionNumber is null ? "" : $" ({d.DecisionNumber})")}{(d.PersonName is null ? "" : $" đối với {d.PersonName}")}"));
        return new(Outcome.NotMet, [$"có kỷ luật từ hình thức {level} trở lên: {listed}: không đạt."], []);
    }
}
