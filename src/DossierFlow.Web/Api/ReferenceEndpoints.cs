using DossierFlow.Application.Common;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

internal static class ReferenceEndpoints
{
    public sealed record MeDto(string UserId, string DisplayName, Guid OrganisationId, IReadOnlyList<string> Roles);

    public static void MapReferenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", Me);
        api.MapGet("/organisations", Organisations);
        api.MapGet("/movements", Movements);
    }

    private static Ok<MeDto> Me(Caller caller) =>
        TypedResults.Ok(new MeDto(caller.Actor.UserId, caller.Actor.DisplayName, caller.Actor.OrganisationId, caller.Actor.Roles.Order().ToList()));

    private static async Task<Ok<Page<OrganisationRow>>> Organisations(ListOrganisations list, string? search, int? page, CancellationToken ct) =>
        TypedResults.Ok(await list.HandleAsync(search, page ?? 1, ct));

    private static async Task<Ok<IReadOnlyList<MovementRow>>> Movements(ListMovements list, CancellationToken ct) =>
        TypedResults.Ok(await list.HandleAsync(ct));
}
