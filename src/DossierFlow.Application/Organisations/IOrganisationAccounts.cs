namespace DossierFlow.Application.Organisations;

/// <summary>An account as a merger sees it: its organisation and roles, whether it can still sign in.</summary>
public sealed record OrganisationAccount(string UserId, string UserName, Guid OrganisationId, IReadOnlySet<string> Roles);

/// <summary>
/// The accounts of organisations (kept by ASP.NET Core Identity beside the application's tables): read, moved and
/// locked inside the caller's unit of work, so a refused merger leaves them as they were.
/// </summary>
public interface IOrganisationAccounts
{
    /// <summary>The accounts of these organisations that can still sign in.</summary>
    Task<IReadOnlyList<OrganisationAccount>> ActiveAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct);

    /// <summary>Moves every account of <paramref name="from"/>, with its roles, to <paramref name="to"/>.</summary>
    Task<int> MoveAsync(Guid from, Guid to, CancellationToken ct);

    /// <summary>Locks every active account of the organisation, ends its sessions and keeps the reason on the account.</summary>
    Task<int> DeactivateAsync(Guid organisationId, string reason, CancellationToken ct);
}
