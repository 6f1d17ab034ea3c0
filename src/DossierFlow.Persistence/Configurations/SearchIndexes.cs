using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DossierFlow.Persistence.Configurations;

/// <summary>
/// The indexes that serve "contains" search, which differ by provider (ADR 0027). PostgreSQL's are in the model
/// (pg_trgm GIN indexes, so its generated migrations carry them); SQLite's FTS5 trigram table cannot be modelled
/// and is created by <see cref="SqliteDossierSearchSql"/> in the SQLite migration.
/// </summary>
internal static class SearchIndexes
{
    public static void Configure(ModelBuilder builder, DatabaseFacade database)
    {
        if (!database.IsNpgsql()) return;
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Dossier>().HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Dossiers_SearchText_Trigram");
        builder.Entity<Organisation>().HasIndex(o => o.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Organisations_SearchName_Trigram");
    }
}

/// <summary>
/// SQLite's search index: an FTS5 table with the trigram tokenizer over each dossier's <c>SearchText</c>, kept by
/// triggers. Its rowid is the dossier's code as a number (year × 1,000,000 + number), stable through any rebuild
/// of the Dossiers table, so a trigger finds the row to replace without scanning.
/// A migration that rebuilds the Dossiers table drops its triggers: run <see cref="CreateTriggers"/> again after it.
/// </summary>
public static class SqliteDossierSearchSql
{
    private const string RowId = """(CAST(substr({0}."Code", 4, 4) AS INTEGER) * 1000000 + CAST(substr({0}."Code", 9) AS INTEGER))""";

    public static string CodeOfRowId(string rowId) => $"""('HS-' || ({rowId} / 1000000) || '-' || printf('%06d', {rowId} % 1000000))""";

    public const string CreateTable = """CREATE VIRTUAL TABLE "DossierSearch" USING fts5("SearchText", tokenize = 'trigram');""";

    public static readonly string CreateTriggers = $"""
        CREATE TRIGGER "Dossiers_Search_Insert" AFTER INSERT ON "Dossiers" BEGIN
            INSERT INTO "DossierSearch" (rowid, "SearchText") VALUES ({string.Format(RowId, "NEW")}, coalesce(NEW."SearchText", ''));
        END;
        CREATE TRIGGER "Dossiers_Search_Update" AFTER UPDATE OF "SearchText", "Code" ON "Dossiers" BEGIN
            DELETE FROM "DossierSearch" WHERE rowid = {string.Format(RowId, "OLD")};
            INSERT INTO "DossierSearch" (rowid, "SearchText") VALUES ({string.Format(RowId, "NEW")}, coalesce(NEW."SearchText", ''));
        END;
        CREATE TRIGGER "Dossiers_Search_Delete" AFTER DELETE ON "Dossiers" BEGIN
            DELETE FROM "DossierSearch" WHERE rowid = {string.Format(RowId, "OLD")};
        END;
        """;

    public static readonly string Fill = $"""
        INSERT INTO "DossierSearch" (rowid, "SearchText") SELECT {string.Format(RowId, "\"Dossiers\"")}, coalesce("SearchText", '') FROM "Dossiers";
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "Dossiers_Search_Insert";
        DROP TRIGGER IF EXISTS "Dossiers_Search_Update";
        DROP TRIGGER IF EXISTS "Dossiers_Search_Delete";
        DROP TABLE IF EXISTS "DossierSearch";
        """;
}
