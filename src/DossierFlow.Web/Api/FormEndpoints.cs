using DossierFlow.Application.Forms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

/// <summary>A dossier's forms, generated documents and exports: the same use cases as the pages.</summary>
internal static class FormEndpoints
{
    public sealed record FormDto(string Code, int Version, string Title, int? Number, string NumberLine, IReadOnlyDictionary<string, string> Values,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables, bool CanEdit);

    /// <summary>A form's values; either part may be left out (it is then saved empty).</summary>
    public sealed record SaveFormRequest(Dictionary<string, string>? Values, Dictionary<string, List<Dictionary<string, string>>>? Tables);

    public sealed record GenerateRequest(int Revision, bool AssignNumber, Guid? NomineeId, DateOnly? IssuedOn = null);

    public static void MapFormEndpoints(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers/{id:guid}");
        dossiers.MapGet("/forms/{code}", Get);
        dossiers.MapPut("/forms/{code}", Save);
        dossiers.MapPost("/forms/{code}/documents", Generate);
        dossiers.MapGet("/bundle.zip", Bundle).ProducesFile("application/zip");
        dossiers.MapGet("/nominees.xlsx", NomineeList).ProducesFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static async Task<Ok<FormDto>> Get(Caller caller, DossierForms forms, Guid id, string code, Guid? nomineeId, CancellationToken ct)
    {
        var page = await forms.GetAsync(caller.Actor, id, code, nomineeId, ct);
        return TypedResults.Ok(new FormDto(page.Form.Code, page.Form.Version, page.Form.Title, page.Number, page.Model.NumberLine, page.Model.Values,
            page.Model.Tables, page.CanEdit));
    }

    private static async Task<NoContent> Save(Caller caller, DossierForms forms, Guid id, string code, Guid? nomineeId, SaveFormRequest request, CancellationToken ct)
    {
        await forms.SaveAsync(caller.Actor, id, code, nomineeId, new FormValues(request.Values ?? [], request.Tables ?? []), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> Generate(Caller caller, DossierForms forms, Guid id, string code, GenerateRequest request, CancellationToken ct)
    {
        var documentId = await forms.GenerateAsync(caller.Actor, id, code, request.NomineeId, request.AssignNumber, request.Revision, ct, request.IssuedOn);
        return TypedResults.Created($"/api/v1/dossiers/{id}/documents/{documentId}", new CreatedId(documentId));
    }

    private static async Task<FileContentHttpResult> Bundle(Caller caller, ExportDossierBundle bundle, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await bundle.HandleAsync(caller.Actor, id, ct));

    private static async Task<FileContentHttpResult> NomineeList(Caller caller, ExportNomineeList list, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await list.HandleAsync(caller.Actor, id, ct));
}
