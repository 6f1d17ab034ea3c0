using DossierFlow.Application.Forms;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>A dossier's forms, generated documents and exports: the same use cases as the pages.</summary>
internal static class FormEndpoints
{
    public sealed record GenerateRequest(int Revision, bool AssignNumber, Guid? NomineeId);

    public static void MapFormEndpoints(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers/{id:guid}");
        dossiers.MapGet("/forms/{code}", async (HttpContext http, DossierForms forms, Guid id, string code, Guid? nomineeId, CancellationToken ct) =>
        {
            var page = await forms.GetAsync(http.User.ToActor(), id, code, nomineeId, ct);
            return new { page.Form.Code, page.Form.Version, page.Form.Title, page.Number, page.Model.NumberLine, page.Model.Values, page.Model.Tables, page.CanEdit };
        });
        dossiers.MapPut("/forms/{code}", async (HttpContext http, DossierForms forms, Guid id, string code, Guid? nomineeId, FormValues values, CancellationToken ct) =>
        {
            await forms.SaveAsync(http.User.ToActor(), id, code, nomineeId, values with { Values = values.Values ?? [], Tables = values.Tables ?? [] }, ct);
            return Results.NoContent();
        });
        dossiers.MapPost("/forms/{code}/documents", async (HttpContext http, DossierForms forms, Guid id, string code, GenerateRequest request, CancellationToken ct) =>
        {
            var documentId = await forms.GenerateAsync(http.User.ToActor(), id, code, request.NomineeId, request.AssignNumber, request.Revision, ct);
            return Results.Created($"/api/v1/dossiers/{id}/documents/{documentId}", new { id = documentId });
        });
        dossiers.MapGet("/bundle.zip", async (HttpContext http, ExportDossierBundle bundle, Guid id, CancellationToken ct) =>
        {
            var file = await bundle.HandleAsync(http.User.ToActor(), id, ct);
            return Results.File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
        });
        dossiers.MapGet("/nominees.xlsx", async (HttpContext http, ExportNomineeList list, Guid id, CancellationToken ct) =>
        {
            var file = await list.HandleAsync(http.User.ToActor(), id, ct);
            return Results.File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
        });
    }
}
