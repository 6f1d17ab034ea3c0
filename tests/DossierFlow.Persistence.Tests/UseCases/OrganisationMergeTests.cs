using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Identity;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// An organisation merger as the 2025 reorganisation made them: the Union (LĐLĐ) absorbed by the School (Sở Giáo dục)
/// on 01/12/2025, with an open dossier, a finished one and accounts on each side.
/// </summary>
public class OrganisationMergeTests
{
    private static readonly DateOnly Effective = new(2025, 12, 1);
    private const string Basis = "Quyết định số 99/QĐ-UBND ngày 25/11/2025 (dữ liệu thử)";
    private static readonly Actor Admin = new("admin", "Quản trị", Guid.Empty, new HashSet<string> { Roles.Admin });

    private static async Task AddAccountAsync(UseCaseHost host, string userName, Guid organisation, string role)
    {
        await using var db = host.Database.NewContext();
        if (!await db.Roles.AnyAsync(r => r.Name == role))
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        await db.SaveChangesAsync();
        var user = new ApplicationUser(userName, null, $"Người dùng {userName}", null, organisation) { NormalizedUserName = userName.ToUpperInvariant() };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = (await db.Roles.SingleAsync(r => r.Name == role)).Id });
        await db.SaveChangesAsync();
    }

    private static Task<MergeResult> MergeAsync(Province province, MergedAccounts accounts, DateOnly? effective = null) =>
        province.Host.RunAsync<MergeOrganisations, MergeResult>(m => m.HandleAsync(Admin,
            new MergeInput([province.Union], province.School, effective ?? Effective, Basis, accounts)));

    /// <summary>A Giấy khen the Union's leader already decided: finished before the merger.</summary>
    private static async Task<Guid> FinishedAsync(Province province)
    {
        var id = await province.Dossier(Province.UnitAward).From(province.Union).DraftAsync();
        await DossierBuilder.ActAsync(province.Host, id, province.Clerk(province.Union), "propose");
        await DossierBuilder.ActAsync(province.Host, id, province.Leader(province.Union), "decide");
        return id;
    }

    [Fact]
    public async Task The_successor_takes_the_open_dossier_journalled_the_finished_one_keeps_its_unit_and_the_accounts_move()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var open = await province.Dossier().From(province.Union).DraftAsync();
        var finished = await FinishedAsync(province);
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);

        var result = await MergeAsync(province, MergedAccounts.Move);

        Assert.Equal(new MergeResult(1, 1, 1, 0, 1), result);
        await host.ReadAsync(async db =>
        {
            var union = await db.Organisations.SingleAsync(o => o.Id == province.Union);
            Assert.Equal((new DateOnly(2025, 11, 30), province.School), (union.ValidTo!.Value, union.SuccessorId!.Value));
            var moved = await db.Dossiers.Include(d => d.Journal).SingleAsync(d => d.Id == open);
            Assert.Equal(province.School, moved.ProposingOrganisationId);
            var entry = moved.Journal.Single(e => e.Action == WorkflowSubject.PassedToSuccessor);
            Assert.Equal(("drafting", "drafting"), (entry.FromState, entry.ToState));
            Assert.Contains("Liên đoàn Lao động tỉnh", entry.Comment);
            Assert.Contains("01/12/2025", entry.Comment);
            Assert.Contains(Basis, entry.Comment);
            Assert.Equal(province.Union, (await db.Dossiers.SingleAsync(d => d.Id == finished)).ProposingOrganisationId);
            Assert.Equal(province.School, (await db.Users.SingleAsync(u => u.UserName == "canbo.ldld")).OrganisationId);
            var record = await db.OrganisationMerges.SingleAsync();
            Assert.Equal((province.Union, province.School, Effective, Basis, 1, 1), (record.AbsorbedId, record.AbsorbingId, record.Effective,
                record.LegalBasis, record.DossiersPassed, record.AccountsAffected));
            return true;
        });
    }

    [Fact]
    public async Task Deadline_reminders_go_to_the_successor_after_the_merger()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        await province.Dossier().From(province.Union).DraftAsync();
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);
        await MergeAsync(province, MergedAccounts.Move);

        // 14/12/2025 is a reminder day of the 15/12 dossier deadline.
        await host.RunAsync<SweepDeadlines, SweepResult>(s => s.HandleAsync(new DateOnly(2025, 12, 14)));

        var recipients = await host.ReadAsync(db => db.Outbox.Select(m => m.ToAddresses).ToListAsync());
        Assert.Contains(recipients, to => to.Contains("sgddt@tinh.test"));
        Assert.DoesNotContain(recipients, to => to.Contains("ldld@tinh.test"));
    }

    /// <summary>A draft yearly report of the unit for the test movement's year.</summary>
    private static async Task<Guid> ReportAsync(Province province, Guid unit)
    {
        await using var db = province.Host.Database.NewContext();
        var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == province.MovementId);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == unit);
        var report = MovementReport.Create(movement, organisation, 2025, province.Host.Workflows.Latest("bao-cao-phong-trao-hang-nam"),
            province.Host.Clock.Now, "test");
        db.MovementReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    [Fact]
    public async Task The_open_yearly_report_passes_to_the_successor_unless_it_already_has_that_report()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var report = await ReportAsync(province, province.Union);
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);
        var schoolReport = await ReportAsync(province, province.School);

        var clash = await Assert.ThrowsAsync<DomainException>(() => MergeAsync(province, MergedAccounts.Move));
        Assert.Equal("merge-report-clash", clash.Code);
        Assert.Contains("năm 2025", clash.Message);

        await host.ReadAsync(db => db.MovementReports.Where(r => r.Id == schoolReport).ExecuteDeleteAsync());
        var result = await MergeAsync(province, MergedAccounts.Move);

        Assert.Equal(1, result.Reports);
        var passed = await host.ReadAsync(db => db.MovementReports.Include(r => r.Journal).SingleAsync(r => r.Id == report));
        Assert.Equal(province.School, passed.OrganisationId);
        Assert.Equal(WorkflowSubject.PassedToSuccessor, Assert.Single(passed.Journal).Action);
    }

    [Fact]
    public async Task Deactivated_accounts_are_locked_with_the_merger_as_reason()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        await province.Dossier().From(province.Union).DraftAsync();
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);
        await AddAccountAsync(host, "canbo.sgddt", province.School, Roles.UnitClerk);

        await MergeAsync(province, MergedAccounts.Deactivate);

        var user = await host.ReadAsync(db => db.Users.SingleAsync(u => u.UserName == "canbo.ldld"));
        Assert.Equal(province.Union, user.OrganisationId);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        Assert.Contains("sáp nhập vào \"Sở Giáo dục và Đào tạo\" từ ngày 01/12/2025", user.DeactivatedReason);
    }

    [Fact]
    public async Task A_merger_leaving_an_open_dossier_without_anyone_to_act_for_the_unit_is_refused_and_changes_nothing()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var open = await province.Dossier().From(province.Union).DraftAsync();
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => MergeAsync(province, MergedAccounts.Deactivate));

        Assert.Equal("merge-leaves-no-holder", refusal.Code);
        Assert.Contains("Sở Giáo dục và Đào tạo", refusal.Message);
        await AssertUnchangedAsync(host, province, open);
    }

    [Fact]
    public async Task A_merger_dated_before_the_absorbed_unit_began_is_refused_and_changes_nothing()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var open = await province.Dossier().From(province.Union).DraftAsync();
        await AddAccountAsync(host, "canbo.ldld", province.Union, Roles.UnitClerk);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => MergeAsync(province, MergedAccounts.Move, new DateOnly(2019, 7, 1)));

        Assert.Equal("merge-before-creation", refusal.Code);
        await AssertUnchangedAsync(host, province, open);
    }

    [Fact]
    public async Task A_merger_without_legal_basis_or_into_itself_is_refused()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);

        var noBasis = await Assert.ThrowsAsync<DomainException>(() => host.RunAsync<MergeOrganisations, MergeResult>(m =>
            m.HandleAsync(Admin, new MergeInput([province.Union], province.School, Effective, " ", MergedAccounts.Move))));
        var itself = await Assert.ThrowsAsync<DomainException>(() => host.RunAsync<MergeOrganisations, MergeResult>(m =>
            m.HandleAsync(Admin, new MergeInput([province.School], province.School, Effective, Basis, MergedAccounts.Move))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<MergeOrganisations, MergeResult>(m =>
            m.HandleAsync(province.Reviewer, new MergeInput([province.Union], province.School, Effective, Basis, MergedAccounts.Move))));

        Assert.Equal(("merge-legal-basis-required", "merge-into-itself"), (noBasis.Code, itself.Code));
    }

    private static async Task AssertUnchangedAsync(UseCaseHost host, Province province, Guid open) =>
        await host.ReadAsync(async db =>
        {
            Assert.Null((await db.Organisations.SingleAsync(o => o.Id == province.Union)).ValidTo);
            var dossier = await db.Dossiers.Include(d => d.Journal).SingleAsync(d => d.Id == open);
            Assert.Equal(province.Union, dossier.ProposingOrganisationId);
            Assert.Empty(dossier.Journal);
            Assert.Null((await db.Users.SingleAsync(u => u.UserName == "canbo.ldld")).LockoutEnd);
            Assert.Empty(await db.OrganisationMerges.ToListAsync());
            return true;
        });
}
