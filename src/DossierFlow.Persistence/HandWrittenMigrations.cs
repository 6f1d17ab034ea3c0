using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence;

/// <summary>
/// Releases before the generated migrations built the schema with ten hand-written SQL migrations, recorded in
/// <c>__EFMigrationsHistory</c> under the same ids on both providers. A database that has all ten has the schema
/// of the first generated migration (<c>Initial</c>), so that migration is recorded as applied in their place;
/// the migrations after it then apply as usual.
/// </summary>
internal static class HandWrittenMigrations
{
    private static readonly string[] Ids =
    [
        "20261121000001_Initial", "20261121000002_Workflows", "20261121000003_MovementReports",
        "20261121000004_JournalAppendOnly", "20261121000005_Forms", "20261121000006_JobRuns",
        "20261121000007_ReminderDays", "20261121000008_CouncilVotes", "20261121000009_ChairmanDecision",
        "20261121000010_CouncilSessions",
    ];

    /// <summary>The id of the migration recorded in place of the hand-written ones, or null when there were none.</summary>
    public static async Task<string?> BaselineAsync(AppDbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct)) return null;
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(row => row.MigrationId).ToHashSet();
        var handWritten = Ids.Where(applied.Contains).ToList();
        if (handWritten.Count == 0) return null;
        if (handWritten[^1] != Ids[^1])
            throw new DatabaseUpgradeException(
                $"The database was built by an earlier release and lacks its migrations after {handWritten[^1]}. "
                + $"Upgrade it with the previous release first (its `migrate` command applies up to {Ids[^1]}), then run `migrate` of this one.");

        var initial = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        var scripts = new List<string> { history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())) };
        scripts.AddRange(handWritten.Select(history.GetDeleteScript));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var script in scripts) await db.Database.ExecuteSqlRawAsync(script, ct);
        await transaction.CommitAsync(ct);
        return initial;
    }
}
