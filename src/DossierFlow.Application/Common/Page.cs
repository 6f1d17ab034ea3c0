namespace DossierFlow.Application.Common;

/// <summary>One page of a list. Lists are always paged: a province accumulates tens of thousands of dossiers.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public static int Clamp(int pageNumber) => Math.Max(1, pageNumber);
}
