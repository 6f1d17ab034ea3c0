using DossierFlow.Tests.Shared;
using DossierFlow.Persistence;

namespace DossierFlow.Persistence.Tests;

public class DocumentNumbersTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Concurrent_requests_never_get_the_same_number(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (await database.MigratedContextAsync()) { }

        // Forty requests at once, each on its own connection, as forty clerks clicking "cấp số".
        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            await using var db = database.NewContext();
            return await new DocumentNumbers(db).NextAsync("SNV", "TTr", 2026, CancellationToken.None);
        }));

        Assert.Equal(Enumerable.Range(1, 40), numbers.Order());
        await using var other = database.NewContext();
        Assert.Equal(1, await new DocumentNumbers(other).NextAsync("SNV", "TTr", 2027, CancellationToken.None)); // a new year starts at 1
        Assert.Equal(1, await new DocumentNumbers(other).NextAsync("SNV", "QĐ", 2026, CancellationToken.None));  // so does another type
    }
}
