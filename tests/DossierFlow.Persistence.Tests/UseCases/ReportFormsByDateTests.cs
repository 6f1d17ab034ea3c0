using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The achievement report is filled on the form of the law in force on the dossier's date: the day it was first
/// submitted, or today for a draft. What was typed under an earlier form carries into the form in force, and a
/// report is issued by dating it, without a number from the unit's register.
/// </summary>
public class ReportFormsByDateTests : ProvinceTest
{
    private const string Report = "bao-cao-thanh-tich-mau-07";

    private Task<DossierView> ViewAsync(Guid dossier) =>
        _host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(_province.Clerk(_province.School), dossier));

    /// <summary>A dossier of an individual and a collective, submitted by the unit's leader on <paramref name="day"/> (Việt Nam time).</summary>
    private async Task<Guid> SubmittedOnAsync(DateOnly day)
    {
        _host.Clock.Now = day.ToDateTime(new TimeOnly(9, 0)).AddHours(-7);
        var dossier = await _province.Dossier()
            .WithPeople(new NomineeDetails(NomineeKind.Individual, "Trần Thị Lan", "Giáo viên"), new NomineeDetails(NomineeKind.Collective, "Tổ Toán - Tin"))
            .DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
        return dossier;
    }

    private async Task<Dictionary<string, string>> ReportFormsAsync(Guid dossier) =>
        (await ViewAsync(dossier)).Forms!.Where(f => f.Form.DocumentKind == Report).ToDictionary(f => f.Nominee!.Name, f => f.Form.Code);

    [Fact]
    public async Task A_dossier_submitted_on_15_03_2025_takes_the_forms_of_NĐ_98_2023_and_one_of_10_07_2025_those_of_NĐ_152_2025()
    {
        var march = await SubmittedOnAsync(new DateOnly(2025, 3, 15));
        var july = await SubmittedOnAsync(new DateOnly(2025, 7, 10));
        _host.Clock.Now = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc); // read later: the submission date decides, not today

        Assert.Equal(new Dictionary<string, string> { ["Trần Thị Lan"] = "bao-cao-thanh-tich-nd98-mau-03", ["Tổ Toán - Tin"] = "bao-cao-thanh-tich-nd98-mau-02" },
            await ReportFormsAsync(march));
        Assert.Equal(new Dictionary<string, string> { ["Trần Thị Lan"] = "bao-cao-thanh-tich-nd152", ["Tổ Toán - Tin"] = "bao-cao-thanh-tich-nd152" },
            await ReportFormsAsync(july));

        // The form of another law is refused, naming the one to use.
        var lan = (await ViewAsync(march)).Dossier.Nominees.Single(n => n.Kind == NomineeKind.Individual);
        var refused = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<DossierForms, FormPage>(f =>
            f.GetAsync(_province.Clerk(_province.School), march, "bao-cao-thanh-tich-nd152", lan.Id)));
        Assert.Equal("form-not-in-force", refused.Code);
        Assert.Contains("ngày 15/03/2025", refused.Message);
        Assert.Contains("Báo cáo thành tích của cá nhân (Mẫu số 03, Nghị định 98/2023)", refused.Message);
        var page = await _host.RunAsync<DossierForms, FormPage>(f => f.GetAsync(_province.Clerk(_province.School), march, "bao-cao-thanh-tich-nd98-mau-03", lan.Id));
        Assert.Equal("Trần Thị Lan", page.Model.Value("reporter-name")); // she signs her own report
    }

    [Fact]
    public async Task A_draft_takes_the_forms_in_force_today()
    {
        var draft = await _province.Dossier().WithNominees("Nguyễn Văn An").WithoutDocuments().DraftAsync();
        Assert.Equal("bao-cao-thanh-tich-nd152", (await ReportFormsAsync(draft))["Nguyễn Văn An"]);
    }

    [Fact]
    public async Task What_was_typed_under_the_earlier_form_carries_over_and_the_report_is_dated_without_a_number()
    {
        var dossier = await _province.Dossier().WithNominees("Nguyễn Văn An").WithoutDocuments().DraftAsync();
        var nominee = (await ViewAsync(dossier)).Dossier.Nominees.Single();
        // Saved by an earlier release under the Mẫu 07 form, before the dossier's date chose the form of NĐ 152/2025.
        await using (var db = _host.Database.NewContext())
        {
            var old = new FormData(dossier, Report, nominee.Id, _host.Clock.Now);
            old.Change(new FormValues(new Dictionary<string, string> { ["achievements"] = "Dạy giỏi cấp tỉnh ba năm liền.", ["summary"] = "Đề nghị tặng Bằng khen" },
                new Dictionary<string, List<Dictionary<string, string>>>()).ToJson(), _host.Clock.Now);
            db.FormData.Add(old);
            await db.SaveChangesAsync();
        }
        const string Form = "bao-cao-thanh-tich-nd152";
        var page = await _host.RunAsync<DossierForms, FormPage>(f => f.GetAsync(_province.Clerk(_province.School), dossier, Form, nominee.Id));
        Assert.Equal("Dạy giỏi cấp tỉnh ba năm liền.", page.Model.Value("achievements"));

        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        await _host.RunAsync<DossierForms, Guid>(f => f.GenerateAsync(_province.Clerk(_province.School), dossier, Form, nominee.Id, assignNumber: true, revision));
        var stored = await _host.ReadAsync(db => db.FormData.AsNoTracking().SingleAsync(f => f.DossierId == dossier && f.FormCode == Form));
        Assert.Null(stored.Number);
        Assert.Equal(new DateOnly(2025, 11, 20), stored.IssuedOn);
        Assert.Equal("Dạy giỏi cấp tỉnh ba năm liền.", FormValues.FromJson(stored.ValuesJson).Values["achievements"]);
        // No number was taken from the unit's BC register.
        Assert.Equal(0, await _host.ReadAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"DocumentNumberCounters\" WHERE \"Symbol\" = 'BC'").SingleAsync()));
        var document = (await ViewAsync(dossier)).Dossier.Documents.Single(d => d.Kind.StartsWith(Report, StringComparison.Ordinal));
        Assert.Equal($"{Report}#1", document.Kind);
        Assert.Equal($"{Form}-1-ban-ky.docx", document.FileName);
        Assert.True(document.IsNumbered); // the version to sign: marking it signed completes the dossier's line
    }
}
