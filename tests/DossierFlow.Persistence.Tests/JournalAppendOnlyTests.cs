using DossierFlow.Tests.Shared;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

public class JournalAppendOnlyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_database_refuses_to_change_or_delete_a_journal_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await database.MigratedContextAsync())
        {
            await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync();
            var dossier = await db.Dossiers.Include(d => d.Journal).FirstAsync();
            var definition = RepositoryFolders.Catalog().Get(dossier.WorkflowId, dossier.WorkflowVersion);
            var leader = new Actor("l", "Lãnh đạo", dossier.ProposingOrganisationId, new HashSet<string> { Roles.UnitLeader });
            var decision = new TransitionDecision(definition.Find("submit", "drafting")!, Roles.UnitLeader, false);
            dossier.Apply(definition, decision, leader, null, Guid.NewGuid(), dossier.Revision, DateTime.UtcNow, new DateOnly(2026, 11, 23), RepositoryFolders.Calendar());
            await db.SaveChangesAsync();
        }
        await using var raw = database.NewContext();

        await Assert.ThrowsAnyAsync<Exception>(() => raw.Database.ExecuteSqlRawAsync("UPDATE \"JournalEntries\" SET \"Comment\" = 'sửa lén'"));
        await Assert.ThrowsAnyAsync<Exception>(() => raw.Database.ExecuteSqlRawAsync("DELETE FROM \"JournalEntries\""));
        Assert.Equal(1, await raw.Set<JournalEntry>().CountAsync(e => e.Comment == null));
    }
}
