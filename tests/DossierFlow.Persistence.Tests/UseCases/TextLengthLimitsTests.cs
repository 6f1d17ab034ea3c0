using DossierFlow.Application.Common;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 12 item 8: a nominee's position of 100,000 characters and a workplace of 1 MB were stored. Text longer
/// than its limit is refused by the domain with a Vietnamese message, before anything is written; text at the
/// limit fits the database column on both providers.
/// </summary>
public class TextLengthLimitsTests
{
    private static async Task<(TestDatabase Database, Guid Health, Guid Dossier)> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var demo = new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db));
        await demo.SeedAsync();
        var health = await demo.OrganisationIdAsync("SYT");
        var dossier = await db.Dossiers.Where(d => d.ProposingOrganisationId == health).Select(d => d.Id).SingleAsync();
        return (database, health, dossier);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "position", 100_000, 0, "Chức vụ dài quá 300 ký tự.")]
    [InlineData(DatabaseProvider.PostgreSql, "position", 100_000, 0, "Chức vụ dài quá 300 ký tự.")]
    [InlineData(DatabaseProvider.Sqlite, "workplace", 0, 1_048_576, "Đơn vị công tác dài quá 500 ký tự.")]
    [InlineData(DatabaseProvider.PostgreSql, "workplace", 0, 1_048_576, "Đơn vị công tác dài quá 500 ký tự.")]
    public async Task An_over_long_nominee_field_is_refused_in_vietnamese_and_nothing_is_stored(DatabaseProvider provider, string field,
        int positionLength, int workplaceLength, string message)
    {
        var (position, workplace) = (positionLength > 0 ? new string('a', positionLength) : null, workplaceLength > 0 ? new string('b', workplaceLength) : null);
        var (database, health, dossier) = await SeededAsync(provider);
        await using var _d = database;
        static async Task<(int Revision, int Nominees)> StateAsync(AppDbContext db, Guid id)
        {
            var state = await db.Dossiers.Where(d => d.Id == id).Select(d => new { d.Revision, Nominees = d.Nominees.Count }).SingleAsync();
            return (state.Revision, state.Nominees);
        }
        (int Revision, int Nominees) before;
        await using (var read = database.NewContext())
            before = await StateAsync(read, dossier);

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => new EditNominees(db, TimeProvider.System).AddAsync(
                Actors.Clerk(health), dossier, before.Revision, new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", position, workplace)));
            Assert.Equal((message, $"nominee-{field}-too-long"), (refused.Message, refused.Code));
        }

        await using var after = database.NewContext();
        Assert.Equal(before, await StateAsync(after, dossier));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Text_at_the_limits_is_stored_and_read_back_whole(DatabaseProvider provider)
    {
        var (database, health, dossier) = await SeededAsync(provider);
        await using var _d = database;
        var name = new string('Đ', TextLimits.NomineeName);
        var position = new string('ệ', TextLimits.Position);
        var workplace = new string('ở', TextLimits.Workplace);
        int revision;
        await using (var read = database.NewContext())
            revision = await read.Dossiers.Where(d => d.Id == dossier).Select(d => d.Revision).SingleAsync();

        await using (var db = database.NewContext())
            await new UnitOfWork(db).RunAsync(() => new EditNominees(db, TimeProvider.System).AddAsync(Actors.Clerk(health), dossier, revision,
                new NomineeDetails(NomineeKind.Individual, name, position, workplace)));

        await using var after = database.NewContext();
        var stored = await after.Set<Nominee>().Where(n => n.Name == name).SingleAsync();
        Assert.Equal((position, workplace), (stored.Position, stored.Workplace));
    }
}
