using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

/// <summary>
/// Database:SqliteSynchronous: by default every commit waits for the disk; an operator who chose Normal gets it on
/// every connection EF opens, including the ones it opens again from the pool.
/// </summary>
public class SqliteSynchronousTests
{
    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Every_connection_has_the_configured_setting(SqliteSynchronous setting, long pragmaValue)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossierflow-sync-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DatabaseOptions { ConnectionString = $"Data Source={file}", SqliteSynchronous = setting };
            for (var i = 0; i < 2; i++)
            {
                await using var db = TestDatabase.NewContext(options);
                Assert.Equal(pragmaValue, await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync());
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
