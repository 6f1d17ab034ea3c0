using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>The dossier API: the same use cases as the pages, so the same authorization.</summary>
internal static class DossierEndpoints
{
    public sealed record DossierDto(Guid Id, Guid MovementId, Guid PhaseId, Guid ProposingOrganisationId, string ProposerName,
        Guid AwardTypeId, string AwardName, CommendationType CommendationType, string State, int Revision,
        IReadOnlyList<NomineeDto> Nominees, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<string> MissingDocuments);

    public sealed record NomineeDto(Guid Id, NomineeKind Kind, string Name, string? Position, string? Workplace);

    public sealed record DocumentDto(Guid Id, string Kind, int Version, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

    public sealed record AddNomineeRequest(int Revision, NomineeKind Kind, string Name, string? Position, string? Workplace);

    public static void MapDossierEndpoints(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers");
        dossiers.MapGet("/", (HttpContext http, ListDossiers list, Guid? movementId, int? page, CancellationToken ct) =>
            list.HandleAsync(http.User.ToActor(), movementId, page ?? 1, ct));

        dossiers.MapGet("/{id:guid}", async (HttpContext http, GetDossier get, Guid id, CancellationToken ct) =>
            ToDto(await get.HandleAsync(http.User.ToActor(), id, ct)));

        dossiers.MapPost("/", async (HttpContext http, CreateDossier create, CreateDossierInput input, CancellationToken ct) =>
        {
            var id = await create.HandleAsync(http.User.ToActor(), input, ct);
            return Results.Created($"/api/v1/dossiers/{id}", new { id });
        });

        dossiers.MapPost("/{id:guid}/nominees", async (HttpContext http, EditNominees edit, Guid id, AddNomineeRequest request, CancellationToken ct) =>
        {
            var nomineeId = await edit.AddAsync(http.User.ToActor(), id, request.Revision,
                new NomineeInput(request.Kind, request.Name, request.Position, request.Workplace), ct);
            return Results.Created($"/api/v1/dossiers/{id}", new { id = nomineeId });
        });

        dossiers.MapDelete("/{id:guid}/nominees/{nomineeId:guid}", async (HttpContext http, EditNominees edit, Guid id, Guid nomineeId, int revision, CancellationToken ct) =>
        {
            await edit.RemoveAsync(http.User.ToActor(), id, revision, nomineeId, ct);
            return Results.NoContent();
        });
    }

    private static DossierDto ToDto(DossierView view)
    {
        var d = view.Dossier;
        return new DossierDto(d.Id, d.MovementId, d.PhaseId, d.ProposingOrganisationId, view.ProposerName, d.AwardTypeId,
            view.Award.Name, d.CommendationType, d.State, d.Revision,
            d.Nominees.OrderBy(n => n.Order).Select(n => new NomineeDto(n.Id, n.Kind, n.Name, n.Position, n.Workplace)).ToList(),
            d.Documents.OrderBy(x => x.Kind).ThenBy(x => x.Version)
                .Select(x => new DocumentDto(x.Id, x.Kind, x.Version, x.FileName, x.ContentType, x.Size, x.Sha256, x.UploadedAt)).ToList(),
            view.MissingDocuments);
    }
}
