namespace DossierFlow.Application.Common;

/// <summary>
/// The dossiers whose folded code or nominee names contain a folded text, served by an index on each provider
/// (PostgreSQL: pg_trgm; SQLite: an FTS5 trigram table). Why and how: ADR 0027.
/// </summary>
public interface IDossierSearch
{
    /// <param name="folded">Text already folded by <see cref="Domain.Common.SearchText.Fold"/>, not empty.</param>
    IQueryable<Guid> DossierIdsContaining(string folded);
}
