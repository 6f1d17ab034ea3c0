namespace DossierFlow.Application.Common;

/// <summary>One page of a list. Lists are always paged: a province accumulates tens of thousands of dossiers.</summary>
/// <param name="Next">For the lists paged by key (the inbox, the dossier list): the <c>after=</c> token of the next
/// page, null on the last one. Cheaper than asking for page N + 1 by number, the deeper the more.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount, string? Next = null)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    /// <summary>
    /// A page number a list can skip to: at least 1, and small enough that (page - 1) × page size stays an int
    /// (page 2147483647 overflowed to a negative skip and a 500); past the last page the list is simply empty.
    /// </summary>
    public static int Clamp(int pageNumber) => Math.Clamp(pageNumber, 1, MaxPageNumber);

    public const int MaxPageNumber = 1_000_000;
}
