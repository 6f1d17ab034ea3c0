using DossierFlow.Tests.Shared;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

public class ConcurrencyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_editors_at_the_same_revision_get_one_success_and_one_conflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = await database.MigratedContextAsync())
            await new DemoProvince(seed, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(seed)).SeedAsync();

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Dossiers.Include(d => d.Nominees).OrderBy(d => d.Id).FirstAsync();
        var b = await second.Dossiers.Include(d => d.Nominees).OrderBy(d => d.Id).FirstAsync();
        var seen = a.Revision;

        a.AddNominee(seen, NomineeKind.Individual, "Nguyễn Văn An", null, null, DateTime.UtcNow);
        await first.SaveChangesAsync();
        b.AddNominee(seen, NomineeKind.Individual, "Lê Thị Bình", null, null, DateTime.UtcNow);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        await using var read = database.NewContext();
        var stored = await read.Dossiers.Include(d => d.Nominees).SingleAsync(d => d.Id == a.Id);
        Assert.Contains(stored.Nominees, n => n.Name == "Nguyễn Văn An");
        Assert.DoesNotContain(stored.Nominees, n => n.Name == "Lê Thị Bình");
        Assert.Equal(seen + 1, stored.Revision);
    }
}
