using DossierFlow.Application.Criteria;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;
using I = DossierFlow.Domain.Indicators.IndicatorCatalogue;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The criteria on a dossier: evaluated from the unit's yearly report, the forward step's guard refusing a nominee
/// short of data and naming it, and the reviewer's override with its reason in the journal.
/// </summary>
public class CriteriaEvaluationTests
{
    // The test movement (01/KH-UBND, 2025): a department must cut its poverty rate by at least one point in 2025.
    private const string Criteria = """
        id: thu
        version: 1
        title: Tiêu chí thử
        plan: 01/KH-UBND
        period: 2025-2025
        subject-types: [so-ban-nganh, ca-nhan]
        items:
          - subject: so-ban-nganh
            source: Mục IV.1
            clause: Giảm tỷ lệ hộ nghèo từ 1%/năm trở lên.
            rule:
              yearly-drop: { measure: poverty-rate, at-least: 1, consecutive-years: 1 }
          - subject: ca-nhan
            source: Mục IV.2
            clause: Có sáng kiến trong công tác giảm nghèo.
            evidence: sáng kiến được công nhận
        """;

    private static async Task<(Province Province, Guid Dossier)> AppraisingAsync()
    {
        var host = await UseCaseHost.CreateAsync();
        host.Criteria.Replace([CriteriaFile.Parse("thu.yaml", Criteria).Set!], []);
        var province = await Province.CreateAsync(host);
        var dossier = await province.Dossier().WithPeople(
            new NomineeDetails(NomineeKind.Collective, "Sở Giáo dục và Đào tạo"),
            new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", "Chuyên viên")).AppraisingAsync();
        return (province, dossier);
    }

    private static async Task ReportAsync(Province province, decimal start, decimal end)
    {
        var host = province.Host;
        await using var db = host.Database.NewContext();
        var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == province.MovementId);
        var school = await db.Organisations.SingleAsync(o => o.Id == province.School);
        var report = MovementReport.Create(movement, school, 2025, host.Workflows.Latest("bao-cao-phong-trao-hang-nam"), host.Clock.Now, "test");
        db.MovementReports.Add(report);
        db.ReportIndicators.Add(report.SetIndicators(report.Revision, 0,
            new Dictionary<string, decimal> { [I.PovertyRateStart] = start, [I.PovertyRateEnd] = end }, IndicatorSource.Form, host.Clock.Now, "test"));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_collective_named_as_a_unit_is_judged_on_its_report_and_a_person_is_left_to_the_reviewer()
    {
        var (province, dossier) = await AppraisingAsync();
        await ReportAsync(province, 4.2m, 2.9m);

        var evaluations = await province.Host.RunAsync<EvaluateDossierCriteria, IReadOnlyList<CriteriaEvaluation>>(e => e.HandleAsync(province.Reviewer, dossier));

        var unit = Assert.Single(evaluations, e => e.SubjectType == SubjectTypes.Department);
        Assert.Equal((CriteriaVerdict.Met, province.School), (unit.Verdict, unit.SubjectOrganisationId!.Value));
        Assert.Contains("Năm 2025 giảm 1,3 điểm %: đạt mức từ 1 điểm %", unit.Reasons);
        Assert.Equal(CriteriaVerdict.NoRules, Assert.Single(evaluations, e => e.SubjectType == SubjectTypes.Individual).Verdict);
        Assert.Equal("council", (await DossierBuilder.ActAsync(province.Host, dossier, province.Reviewer, "forward", criteria: true)).State);
    }

    [Fact]
    public async Task Forward_is_refused_naming_the_nominee_short_of_data_until_the_reviewer_overrides_with_a_reason()
    {
        var (province, dossier) = await AppraisingAsync();

        var refused = await Assert.ThrowsAsync<GuardFailedException>(() =>
            DossierBuilder.ActAsync(province.Host, dossier, province.Reviewer, "forward", criteria: true));
        Assert.Contains("Sở Giáo dục và Đào tạo (thiếu số liệu)", refused.Message);
        Assert.Contains(Vocabulary.CriteriaEvaluated, refused.Guards);

        var evaluations = await province.Host.RunAsync<EvaluateDossierCriteria, IReadOnlyList<CriteriaEvaluation>>(e => e.HandleAsync(province.Reviewer, dossier));
        var unit = Assert.Single(evaluations, e => e.SubjectType == SubjectTypes.Department);
        Assert.Equal(CriteriaVerdict.MissingData, unit.Verdict);
        Assert.Contains("năm 2025: thiếu Tỷ lệ hộ nghèo đầu năm (%)", unit.Missing);

        var revision = await DossierBuilder.RevisionAsync(province.Host, dossier);
        var blank = await Assert.ThrowsAsync<DomainException>(() => province.Host.RunAsync<OverrideCriteria>(o => o.HandleAsync(province.Reviewer, dossier,
            unit.NomineeId, new CriteriaOverrideInput(CriteriaVerdict.Met, " ", revision, Guid.NewGuid()))));
        Assert.Equal("criteria-override-reason-required", blank.Code);
        await Assert.ThrowsAsync<Application.Common.ForbiddenException>(() => province.Host.RunAsync<OverrideCriteria>(o => o.HandleAsync(
            province.Clerk(province.School), dossier, unit.NomineeId, new CriteriaOverrideInput(CriteriaVerdict.Met, "Tự đánh giá", revision, Guid.NewGuid()))));

        await province.Host.RunAsync<OverrideCriteria>(o => o.HandleAsync(province.Reviewer, dossier, unit.NomineeId,
            new CriteriaOverrideInput(CriteriaVerdict.Met, "Sở đã có xác nhận số liệu của Sở LĐTBXH năm 2025", revision, Guid.NewGuid())));

        var journal = await province.Host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Journal)
            .Where(e => e.Action == OverrideCriteria.JournalAction).ToListAsync());
        var entry = Assert.Single(journal);
        Assert.Contains("\"Thiếu số liệu\" được điều chỉnh thành \"Đạt\". Lý do: Sở đã có xác nhận số liệu", entry.Comment);
        Assert.Equal("council", (await DossierBuilder.ActAsync(province.Host, dossier, province.Reviewer, "forward", criteria: true)).State);
    }

    [Fact]
    public async Task A_unit_that_fell_short_is_not_met_and_the_reviewer_must_still_confirm_the_qualitative_items()
    {
        var (province, dossier) = await AppraisingAsync();
        await ReportAsync(province, 4.2m, 3.9m);

        var refused = await Assert.ThrowsAsync<GuardFailedException>(() =>
            DossierBuilder.ActAsync(province.Host, dossier, province.Reviewer, "forward", criteria: true));
        Assert.Contains("Sở Giáo dục và Đào tạo (không đạt)", refused.Message);
        var unconfirmed = await Assert.ThrowsAsync<GuardFailedException>(() =>
            DossierBuilder.ActAsync(province.Host, dossier, province.Reviewer, "forward", criteria: false));
        Assert.Contains("Chưa xác nhận đã đối chiếu tiêu chuẩn", unconfirmed.Message);
    }
}
