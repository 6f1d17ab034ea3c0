using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DossierFlow.Persistence;

/// <summary>
/// A database transaction around one use case on the request's context. Everything the use case does that writes
/// at once (a document number's counter) runs inside it, so a rollback takes the number back with the rest.
/// </summary>
public sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null) return new Part(db);
        var gate = SqliteWriters.GateFor(db);
        if (gate is not null) await gate.WaitAsync(ct);
        try
        {
            return new Whole(db, await db.Database.BeginTransactionAsync(ct), gate);
        }
        catch
        {
            gate?.Release();
            throw;
        }
    }

    private sealed class Whole(AppDbContext db, IDbContextTransaction transaction, SemaphoreSlim? gate) : IUnitOfWorkScope
    {
        private bool _completed;
        private SemaphoreSlim? _gate = gate;

        public async Task CompleteAsync(CancellationToken ct = default)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _completed = true;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_completed)
                {
                    // Nothing of a failed use case may be saved later by someone else on this context.
                    db.ChangeTracker.Clear();
                    try
                    {
                        await transaction.RollbackAsync(CancellationToken.None);
                    }
                    catch (System.Data.Common.DbException)
                    {
                        // The use case's own failure is the one to report; a broken connection rolls back by itself.
                    }
                }
                await transaction.DisposeAsync();
            }
            finally
            {
                // Whatever happened, the next writer may go (once: a second dispose must not free a second place).
                Interlocked.Exchange(ref _gate, null)?.Release();
            }
        }
    }

    private sealed class Part(AppDbContext db) : IUnitOfWorkScope
    {
        public Task CompleteAsync(CancellationToken ct = default) => db.SaveChangesAsync(ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// SQLite takes one writer at a time, and a transaction here begins IMMEDIATE (holding the write lock from its
/// start). A second one that finds the lock taken does not wait for it: Microsoft.Data.Sqlite retries the statement
/// after sleeping 150 ms on a blocked thread, so 32 concurrent actions made 6 per second instead of hundreds. The
/// units of work of one process on one SQLite file therefore queue here, asynchronously, and each finds the lock
/// free. (One application per SQLite file is already the rule: several nodes need PostgreSQL.) Writers outside a
/// unit of work (the dispatcher's outcomes, the job records) are rare and keep the driver's retries.
/// </summary>
internal static class SqliteWriters
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <returns>The gate of the context's SQLite file, or null on PostgreSQL (which locks rows, not the database).</returns>
    public static SemaphoreSlim? GateFor(AppDbContext db)
    {
        if (!db.Database.IsSqlite()) return null;
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var key = file is "" or ":memory:" || file.StartsWith("file:", StringComparison.Ordinal) ? file : Path.GetFullPath(file);
        return Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
    }
}
