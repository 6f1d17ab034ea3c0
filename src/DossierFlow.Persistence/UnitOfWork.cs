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
        return new Whole(db, await db.Database.BeginTransactionAsync(ct));
    }

    private sealed class Whole(AppDbContext db, IDbContextTransaction transaction) : IUnitOfWorkScope
    {
        private bool _completed;

        public async Task CompleteAsync(CancellationToken ct = default)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _completed = true;
        }

        public async ValueTask DisposeAsync()
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
    }

    private sealed class Part(AppDbContext db) : IUnitOfWorkScope
    {
        public Task CompleteAsync(CancellationToken ct = default) => db.SaveChangesAsync(ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
