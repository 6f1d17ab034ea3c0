using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFlow.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = NORMAL</c> on every SQLite connection EF opens: the setting belongs to the connection, not
/// to the file, and Microsoft.Data.Sqlite's connection string has no keyword for it.
/// </summary>
internal sealed class SqliteSynchronousSetter : DbConnectionInterceptor
{
    public static readonly SqliteSynchronousSetter Normal = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Set(connection); // in-process and microseconds: SQLite has no network round trip to await
        return Task.CompletedTask;
    }

    private static void Set(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
    }
}
