using DossierFlow.Application.Common;
using DossierFlow.Application.Criteria;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using I = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Application.Demo;

/// <summary>
/// The criteria in the demo, on Sóc Trăng's 2021-2025 movement (146/KH-UBND): thị xã Vĩnh Châu's yearly reports of
/// 2022, 2023 and 2024 carry poverty indicators (demo figures, not the town's real ones) and its dossier for the 2024
/// commendation (sent in December 2024, while districts still existed) is judged "đạt" by the district rule with its
/// reasons; huyện Trần Đề reported only 2024, so its dossier is judged "thiếu số liệu", naming the years missing.
/// Both dossiers wait at Sở Nội vụ's appraisal.
/// Units are found by their codes. Seeding again does nothing.
/// </summary>
public sealed class DemoIndicators(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, CriteriaEvaluator evaluator,
    Forms.IDocumentNumbers numbers, TimeProvider clock)
{
    public const string PlanNumber = "146/KH-UBND";
    public const string Met = "UBND-TX-VC";
    public const string Missing = "UBND-H-TD";
    private const string Award = "bang-khen-chu-tich-tinh";
    private const string By = "du-lieu-mau";

    // Households, poor and near-poor households at the start and end of each year: rates fall 2,8, 3,1 and 2,6 points.
    private static readonly (int Year, int Households, int PoorStart, int PoorEnd, int NearStart, int NearEnd, decimal KhmerStart, decimal KhmerEnd)[] VinhChau =
    [
        (2022, 40_000, 4_168, 3_048, 3_200, 2_900, 14.90m, 11.50m),
        (2023, 40_000, 3_048, 1_808, 2_900, 2_500, 11.50m, 8.30m),
        (2024, 40_000, 1_808, 768, 2_500, 2_100, 8.30m, 5.30m),
    ];
    private static readonly (int Year, int Households, int PoorStart, int PoorEnd, int NearStart, int NearEnd, decimal KhmerStart, decimal KhmerEnd)[] TranDe =
    [
        (2024, 36_000, 2_196, 1_152, 2_300, 2_000, 9.10m, 5.60m),
    ];

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        var movement = await db.Movements.Include(m => m.Phases).Include(m => m.Participants).Include(m => m.Deadlines)
            .FirstOrDefaultAsync(m => m.PlanNumber == PlanNumber, ct);
        var units = await db.Organisations.Where(o => o.Code == Met || o.Code == Missing).ToDictionaryAsync(o => o.Code, ct);
        if (movement is null || units.Count < 2) return false;
        var ids = units.Values.Select(u => u.Id).ToList();
        if (await db.MovementReports.AnyAsync(r => r.MovementId == movement.Id && ids.Contains(r.OrganisationId), ct)) return false;
        var award = await db.AwardTypes.FirstAsync(a => a.Code == Award, ct);
        var homeAffairs = await db.Organisations.Where(o => o.Code == DemoOrganisations.HomeAffairs).Select(o => o.Id).FirstAsync(ct);
        var scan = DocumentContent.From(DemoScan.Pdf("DossierFlow demo - bao cao phong trao"));
        scan = await db.DocumentContents.FindAsync([scan.Sha256], ct) ?? db.DocumentContents.Add(scan).Entity;

        foreach (var (code, years) in new[] { (Met, VinhChau), (Missing, TranDe) })
            foreach (var year in years)
                Report(movement, units[code], year, scan, homeAffairs);

        var phase = movement.Phases.First(p => p.Kind == PhaseKind.Yearly && p.Year == 2024);
        var dossiers = new List<Dossier>();
        foreach (var unit in units.Values.OrderBy(u => u.Code))
        {
            var dossier = await DossierAsync(movement, phase, unit, award, homeAffairs, ct);
            dossiers.Add(dossier);
            var evaluation = CriteriaEvaluation.Start(dossier.Id, dossier.Nominees[0].Id);
            evaluation.SetSubject(SubjectTypes.District, unit.Id, null, false);
            db.CriteriaEvaluations.Add(evaluation);
        }
        await db.SaveChangesAsync(ct);
        foreach (var dossier in dossiers)
            await evaluator.EvaluateAsync(dossier, movement, Award, "Dữ liệu mẫu", ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A year's report with its indicators, submitted before the deadline and accepted by Sở Nội vụ.</summary>
    private void Report(Movement movement, Organisation unit, (int Year, int Households, int PoorStart, int PoorEnd, int NearStart, int NearEnd,
        decimal KhmerStart, decimal KhmerEnd) data, DocumentContent scan, Guid homeAffairs)
    {
        var definition = workflows.Latest("bao-cao-phong-trao-hang-nam");
        var written = new DateTime(data.Year, 11, 20, 2, 0, 0, DateTimeKind.Utc);
        var report = MovementReport.Create(movement, unit, data.Year, definition, written, By);
        report.ChangeSummary(report.Revision, $"Kết quả thực hiện phong trào năm {data.Year} (dữ liệu mẫu).", written);
        decimal Rate(int count) => Math.Round(count * 100m / data.Households, 2, MidpointRounding.AwayFromZero);
        db.ReportIndicators.Add(report.SetIndicators(report.Revision, 0, new Dictionary<string, decimal>
        {
            [I.HouseholdsStart] = data.Households, [I.HouseholdsEnd] = data.Households,
            [I.PoorStart] = data.PoorStart, [I.PoorEnd] = data.PoorEnd, [I.NearPoorStart] = data.NearStart, [I.NearPoorEnd] = data.NearEnd,
            [I.PovertyRateStart] = Rate(data.PoorStart), [I.PovertyRateEnd] = Rate(data.PoorEnd),
            [I.PovertyRateReduction] = Rate(data.PoorStart) - Rate(data.PoorEnd),
            [I.KhmerPovertyRateStart] = data.KhmerStart, [I.KhmerPovertyRateEnd] = data.KhmerEnd,
        }, IndicatorSource.Form, written, By));
        report.AttachDocument(report.Revision, MovementReport.DocumentKind, $"bao-cao-{data.Year}-da-ky.pdf", "application/pdf", scan, written, By);
        Step(report, definition, movement, data.Year, "submit", Roles.UnitLeader, unit.Id, written.AddDays(1));
        Step(report, definition, movement, data.Year, "accept", Roles.HomeAffairsClerk, homeAffairs, written.AddDays(3));
        db.MovementReports.Add(report);
    }

    /// <summary>The unit's dossier for the 2024 commendation, itself as the nominee, at Sở Nội vụ's appraisal.</summary>
    private async Task<Dossier> DossierAsync(Movement movement, MovementPhase phase, Organisation unit, Domain.Awards.AwardType award, Guid homeAffairs,
        CancellationToken ct)
    {
        var created = new DateTime(2024, 12, 2, 2, 0, 0, DateTimeKind.Utc);
        var definition = workflows.Latest(award.WorkflowId);
        var dossier = Dossier.Create(movement, phase.Id, unit, award, definition, CommendationType.Movement, created, By,
            await Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        dossier.AddNominee(dossier.Revision, NomineeKind.Collective, unit.Name, null, null, created);
        foreach (var kind in DemoScan.SignedKinds(award, dossier))
        {
            var content = DocumentContent.From(DemoScan.Pdf($"DossierFlow demo - {unit.Code} - {kind}"));
            content = await db.DocumentContents.FindAsync([content.Sha256], ct) ?? db.DocumentContents.Add(content).Entity;
            dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, created, By);
        }
        Step(dossier, definition, movement, phase.Year, "submit", Roles.UnitLeader, unit.Id, created.AddDays(3));
        Step(dossier, definition, movement, phase.Year, "receive", Roles.HomeAffairsClerk, homeAffairs, created.AddDays(5));
        db.Dossiers.Add(dossier);
        return dossier;
    }

    private void Step(WorkflowSubject subject, WorkflowDefinition definition, Movement movement, int year, string action, string role, Guid organisation, DateTime at)
    {
        var day = DateOnly.FromDateTime(VietnameseFormat.Local(at));
        var actor = new Actor(By, "Dữ liệu mẫu", organisation, new HashSet<string> { role });
        var present = subject.CurrentDocuments.Select(d => d.Kind.Split('#')[0]).ToHashSet();
        var facts = new GuardFacts(subject is Dossier d ? d.Nominees.Count : 1, [], present, DeadlineStatuses.For(movement, year, day),
            CriteriaConfirmed: false, CouncilVotesRecorded: false);
        subject.Apply(definition, WorkflowEngine.Decide(definition, subject.State, subject.OwnerOrganisationId, actor, action, null, facts),
            actor, null, Guid.NewGuid(), subject.Revision, at, day, calendar);
    }
}
