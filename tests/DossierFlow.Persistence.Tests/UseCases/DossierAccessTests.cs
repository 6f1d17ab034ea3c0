using DossierFlow.Tests.Shared;
using DossierFlow.Application.Common;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>The cross-unit rule lives in the use cases, so every page, API and command inherits it.</summary>
public class DossierAccessTests
{
    private static async Task<(TestDatabase Database, Guid Labour, Guid Health, Guid HealthDossier)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var demo = new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db));
        await demo.SeedAsync();
        var labour = await demo.OrganisationIdAsync("SNV");
        var health = await demo.OrganisationIdAsync("SYT");
        var healthDossier = await db.Dossiers.Where(d => d.ProposingOrganisationId == health).Select(d => d.Id).SingleAsync();
        return (database, labour, health, healthDossier);
    }

    [Fact]
    public async Task A_clerk_lists_only_their_own_units_dossiers()
    {
        var (database, labour, _, _) = await SeededAsync();
        await using var _d = database;
        await using var db = database.NewContext();

        var page = await new ListDossiers(db, new DossierSearch(db), TimeProvider.System).HandleAsync(Actors.Clerk(labour), new DossierFilter());

        Assert.Equal(1, page.TotalCount);
        Assert.All(page.Items, row => Assert.Equal("Sở Nội vụ", row.ProposerName));
    }

    [Fact]
    public async Task A_clerk_cannot_read_another_units_dossier()
    {
        var (database, labour, _, healthDossier) = await SeededAsync();
        await using var _d = database;
        await using var db = database.NewContext();
        await Assert.ThrowsAsync<ForbiddenException>(() => new GetDossier(db, RepositoryFolders.Catalog(), RepositoryFolders.Forms(), RepositoryFolders.Calendar(), TimeProvider.System).HandleAsync(Actors.Clerk(labour), healthDossier));
    }

    [Fact]
    public async Task A_clerk_cannot_change_another_units_dossier_and_nothing_changes()
    {
        var (database, labour, _, healthDossier) = await SeededAsync();
        await using var _d = database;
        await using (var db = database.NewContext())
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => new EditNominees(db, TimeProvider.System).AddAsync(
                Actors.Clerk(labour), healthDossier, 2, new NomineeDetails(NomineeKind.Individual, "Kẻ lạ", null, null)));
        }
        await using var read = database.NewContext();
        Assert.Single((await read.Dossiers.Include(d => d.Nominees).SingleAsync(d => d.Id == healthDossier)).Nominees);
    }

    [Fact]
    public async Task A_reviewer_of_the_home_affairs_department_sees_every_unit()
    {
        var (database, _, health, healthDossier) = await SeededAsync();
        await using var _d = database;
        await using var db = database.NewContext();
        var reviewer = new Actor("r", "Chuyên viên", Guid.NewGuid(), new HashSet<string> { Roles.HomeAffairsReviewer });

        Assert.Equal(4, (await new ListDossiers(db, new DossierSearch(db), TimeProvider.System).HandleAsync(reviewer, new DossierFilter())).TotalCount);
        Assert.Equal(health, (await new GetDossier(db, RepositoryFolders.Catalog(), RepositoryFolders.Forms(), RepositoryFolders.Calendar(), TimeProvider.System).HandleAsync(reviewer, healthDossier)).Dossier.ProposingOrganisationId);
    }

    [Fact]
    public async Task A_clerk_adds_a_nominee_to_their_own_draft()
    {
        var (database, _, health, healthDossier) = await SeededAsync();
        await using var _d = database;
        await using (var db = database.NewContext())
            await new UnitOfWork(db).RunAsync(() => new EditNominees(db, TimeProvider.System).AddAsync(Actors.Clerk(health), healthDossier, 2,
                new NomineeDetails(NomineeKind.Collective, "Khoa Khám bệnh", null, "Bệnh viện Đa khoa tỉnh")));
        await using var read = database.NewContext();
        var dossier = await read.Dossiers.Include(d => d.Nominees).SingleAsync(d => d.Id == healthDossier);
        Assert.Equal((2, 3), (dossier.Nominees.Count, dossier.Revision));
    }
}
