namespace DossierFlow.Application.Common;

/// <summary>One page of a list. Lists are always paged: a province accumulates tens of thousands of dossiers.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    /// <summary>
    /// A page number a list can skip to: at least 1, and small enough that (page - 1) × page size stays an int
    /// (page 2147483647 overflowed to a negative skip and a 500); past the last page the list is simply empty.
    /// </summary>
    public static int Clamp(int pageNumber) => Math.Clamp(pageNumber, 1, MaxPageNumber);

    public const int MaxPageNumber = 1_000_000;
}
