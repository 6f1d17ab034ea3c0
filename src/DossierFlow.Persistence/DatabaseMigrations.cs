using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence;

/// <summary>
/// The one way the application (demo mode), the <c>migrate</c> command and the tests bring a database up to date:
/// a database built by the hand-written migrations of earlier releases is first baselined onto the generated ones,
/// then EF Core applies what is pending.
/// </summary>
public static class DatabaseMigrations
{
    /// <summary>Baselines an earlier release's database if need be, then applies the pending migrations.</summary>
    /// <exception cref="DatabaseUpgradeException">The database has only part of the hand-written migrations.</exception>
    public static async Task<AppliedMigrations> ApplyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var baselinedAs = await HandWrittenMigrations.BaselineAsync(db, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        // Up to date: EF Core's Migrate would still build the snapshot's model and compare it with the current one
        // (about a CPU-second at every start of the demo and every `migrate`) to find nothing to do.
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        return new AppliedMigrations(baselinedAs, pending);
    }
}

/// <param name="BaselinedAs">The migration recorded in place of the hand-written ones, when the database had them.</param>
/// <param name="Applied">The migrations applied, none when the database was up to date.</param>
public sealed record AppliedMigrations(string? BaselinedAs, IReadOnlyList<string> Applied)
{
    /// <summary>Whether the schema changed: rows stored before it may lack what the new columns hold.</summary>
    public bool Changed => BaselinedAs is not null || Applied.Count > 0;
}
