using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

/// <summary>The one transaction of a use case: committed when the use case returns, nothing kept when it throws.</summary>
public class UnitOfWorkTests
{
    private const string Csv = "code,name,short_code,kind,parent_code,emails,valid_from,valid_to,successor_code\nUBND-T,Ủy ban nhân dân tỉnh,UBND,UBND tỉnh,,,01/01/2020,,\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_use_case_that_throws_after_changing_rows_and_taking_a_number_leaves_nothing_behind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (await database.MigratedContextAsync()) { }

        await using (var db = database.NewContext())
        {
            var failed = await Assert.ThrowsAsync<DomainException>(() => new UnitOfWork(db).RunAsync(async () =>
            {
                await new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader(Csv));
                await new DocumentNumbers(db).NextAsync("UBND-T", "QĐ", 2026, CancellationToken.None);
                await db.SaveChangesAsync();   // even a save in the middle is taken back
                throw new DomainException("form-incomplete", "Chưa thể tạo văn bản.");
            }));
            Assert.Equal("form-incomplete", failed.Code);
        }

        await using (var read = database.NewContext())
            Assert.False(await read.Organisations.AnyAsync());
        await using (var db = database.NewContext())
        {
            // The number the failed use case took is given again: none was burnt.
            var number = await new UnitOfWork(db).RunAsync(async () =>
            {
                await new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader(Csv));
                return await new DocumentNumbers(db).NextAsync("UBND-T", "QĐ", 2026, CancellationToken.None);
            });
            Assert.Equal(1, number);
        }
        await using var after = database.NewContext();
        Assert.Equal("Ủy ban nhân dân tỉnh", (await after.Organisations.SingleAsync()).Name);
    }
}
