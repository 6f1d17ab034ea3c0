using DossierFlow.Application.Demo;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

/// <summary>The season-sized demo (`seed-demo --season`) on real SQLite: its size, every state, its names, once only.</summary>
public class DemoSeasonTests
{
    [Fact]
    public async Task The_season_has_150_units_300_dossiers_and_about_1500_nominees_in_every_state_and_is_seeded_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var catalog = RepositoryFolders.Catalog();
        await using (var db = await database.MigratedContextAsync())
        {
            await new DemoProvince(db, TimeProvider.System, catalog, new DocumentNumbers(db)).SeedAsync();
            var result = await new DemoSeason(db, catalog, RepositoryFolders.Calendar(), new DocumentNumbers(db), RepositoryFolders.Forms(), TimeProvider.System).SeedAsync();
            Assert.Equal((150, 300, true), (result.Units, result.Dossiers, result.Created));
        }

        await using var read = database.NewContext();
        var units = await read.Organisations.Where(o => o.Code.StartsWith(DemoSeason.CodePrefix)).Select(o => o.Id).ToListAsync();
        Assert.Equal(150, units.Count);
        var season = read.Dossiers.Where(d => units.Contains(d.ProposingOrganisationId));
        Assert.Equal(300, await season.CountAsync());
        var nominees = await season.SelectMany(d => d.Nominees).CountAsync();
        Assert.InRange(nominees, 1300, 1700);

        var states = await season.Select(d => new { d.WorkflowId, d.State }).Distinct().ToListAsync();
        foreach (var workflow in new[] { "bang-khen-chu-tich-tinh", "khen-thuong-cap-nha-nuoc", "giay-khen" })
        {
            var definition = catalog.Latest(workflow);
            var expected = workflow == "bang-khen-chu-tich-tinh" ? definition.States.Keys
                : workflow == "giay-khen" ? ["reviewing", "awarded", "refused"] : ["central", "awarded"];
            Assert.All(expected, state => Assert.Contains(states, s => s.WorkflowId == workflow && s.State == state));
        }
        // Every step was taken by the engine and journalled; the awarded provincial dossiers carry the Chairman's approval.
        Assert.True(await season.Where(d => d.State != "drafting").AllAsync(d => d.Journal.Any()));
        Assert.True(await season.Where(d => d.WorkflowId == "bang-khen-chu-tich-tinh" && d.State == "awarded")
            .AllAsync(d => d.Nominees.All(n => n.ChairmanApproved == true)));
        var people = await season.SelectMany(d => d.Nominees).Where(n => n.Kind == NomineeKind.Individual).Select(n => n.Name).Take(200).ToListAsync();
        Assert.All(people, name => Assert.InRange(name.Split(' ').Length, 3, 4));
        Assert.Contains(people, name => name.Any(c => c > 'z')); // Vietnamese letters, not ASCII stand-ins

        await using (var db = database.NewContext())
            Assert.False((await new DemoSeason(db, catalog, RepositoryFolders.Calendar(), new DocumentNumbers(db), RepositoryFolders.Forms(), TimeProvider.System).SeedAsync()).Created);
        await using var after = database.NewContext();
        Assert.Equal(300, await after.Dossiers.CountAsync(d => units.Contains(d.ProposingOrganisationId)));
    }
}
