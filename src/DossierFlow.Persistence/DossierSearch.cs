using DossierFlow.Application.Common;
using DossierFlow.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence;

/// <summary>
/// "Contains" search over the dossiers' folded keys, served by each provider's trigram index (ADR 0027). A text of
/// fewer than three characters has no trigram: it is compared with LIKE, which reads every key (rare, and cheap
/// enough for one or two letters, which match most dossiers anyway).
/// </summary>
public sealed class DossierSearch(AppDbContext db) : IDossierSearch
{
    public IQueryable<Guid> DossierIdsContaining(string folded)
    {
        if (folded.Length >= 3 && db.Database.IsSqlite())
        {
            // The phrase of the whole text: its trigrams in a row, i.e. the text as a substring. Quotes are doubled.
            var phrase = $"\"{folded.Replace("\"", "\"\"")}\"";
            var codes = db.Database.SqlQueryRaw<string>(MatchSql, phrase);
            return db.Dossiers.Where(d => codes.Contains(d.Code)).Select(d => d.Id);
        }
        var pattern = $"%{Escape(folded)}%";
        return db.Dossiers.Where(d => EF.Functions.Like(d.SearchText!, pattern, "\\")).Select(d => d.Id);
    }

    // Constant SQL (the code's form is fixed); the phrase is a parameter.
    private static readonly string MatchSql =
        "SELECT " + SqliteDossierSearchSql.CodeOfRowId("rowid") + """ AS "Value" FROM "DossierSearch" WHERE "DossierSearch" MATCH {0}""";

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
