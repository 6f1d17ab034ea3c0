using DossierFlow.Application.Movements;
using DossierFlow.Application.Organisations;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

internal static class ReferenceEndpoints
{
    public static void MapReferenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext http) =>
        {
            var actor = http.User.ToActor();
            return new { actor.UserId, actor.DisplayName, actor.OrganisationId, Roles = actor.Roles.Order().ToList() };
        });
        api.MapGet("/organisations", (ListOrganisations list, string? search, int? page, CancellationToken ct) =>
            list.HandleAsync(search, page ?? 1, ct));
        api.MapGet("/movements", (ListMovements list, CancellationToken ct) => list.HandleAsync(ct));
    }
}
