namespace DossierFlow.Application.Common;

/// <summary>
/// The one transaction of a use case, opened by whatever runs it (the API's endpoint filter, the pages' filter, a
/// job, an operator command), never by the use case: use cases only change what they loaded, and the unit of work
/// saves once and commits when the use case succeeded. A failure rolls everything back, document numbers included.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Begins the transaction. Inside one already open (a command that runs several use cases, a seeder) it gives
    /// a part whose completion only saves: the outer unit commits or rolls back the whole.
    /// </summary>
    Task<IUnitOfWorkScope> BeginAsync(CancellationToken ct = default);
}

/// <summary>An open unit of work: <see cref="CompleteAsync"/> saves and commits; disposing without it rolls back.</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    Task CompleteAsync(CancellationToken ct = default);
}

public static class UnitOfWorkExtensions
{
    /// <summary>Runs a use case in its own unit of work: committed when it returns, rolled back when it throws.</summary>
    public static async Task<T> RunAsync<T>(this IUnitOfWork unit, Func<Task<T>> useCase, CancellationToken ct = default)
    {
        await using var scope = await unit.BeginAsync(ct);
        var result = await useCase();
        await scope.CompleteAsync(ct);
        return result;
    }

    public static Task RunAsync(this IUnitOfWork unit, Func<Task> useCase, CancellationToken ct = default) =>
        unit.RunAsync(async () => { await useCase(); return true; }, ct);
}
