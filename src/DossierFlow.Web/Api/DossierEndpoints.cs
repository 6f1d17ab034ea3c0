using DossierFlow.Application.Workflows;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>The dossier API: the same use cases as the pages, so the same authorization.</summary>
internal static class DossierEndpoints
{
    public sealed record DossierDto(Guid Id, Guid MovementId, Guid PhaseId, Guid ProposingOrganisationId, string ProposerName,
        Guid AwardTypeId, string AwardName, CommendationType CommendationType, string WorkflowId, int WorkflowVersion,
        string State, string StateTitle, int Revision, DateTime? SubmittedAt, bool SubmittedLate, int? DaysLeft,
        IReadOnlyList<ActionDto> AvailableActions, IReadOnlyList<NomineeDto> Nominees, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<string> MissingDocuments);

    public sealed record ActionDto(string Action, string Title, bool CommentRequired);

    public sealed record NomineeDto(Guid Id, NomineeKind Kind, string Name, string? Position, string? Workplace,
        bool? CouncilRecommended = null, decimal? CouncilPercent = null, string? CouncilNote = null, bool? ChairmanApproved = null);

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

        dossiers.MapPost("/{id:guid}/actions", (HttpContext http, TakeDossierAction act, Guid id, WorkflowActionInput input, CancellationToken ct) =>
            act.HandleAsync(http.User.ToActor(), id, input, ct));

        dossiers.MapGet("/{id:guid}/journal", async (HttpContext http, GetDossier get, Guid id, CancellationToken ct) =>
            (await get.HandleAsync(http.User.ToActor(), id, ct)).Dossier.Journal.OrderBy(e => e.At).ThenBy(e => e.Revision)
                .Select(e => new { e.At, e.UserName, e.Role, e.OrganisationId, e.Action, e.ActionTitle, e.FromState, e.ToState, e.Comment, e.Revision, e.OperationId }));

        dossiers.MapGet("/{id:guid}/diagram.svg", async (HttpContext http, GetDossier get, Guid id, CancellationToken ct) =>
        {
            var view = await get.HandleAsync(http.User.ToActor(), id, ct);
            return Results.Content(Workflows.WorkflowDiagram.Render(view.Workflow, view.Dossier.State), "image/svg+xml; charset=utf-8");
        });

        api.MapGet("/inbox", (HttpContext http, ListInbox inbox, string? holder, Guid? movementId, string? state, Guid? organisationId, bool? overdueOnly, int? page, CancellationToken ct) =>
            inbox.HandleAsync(http.User.ToActor(), holder is Domain.Workflows.Vocabulary.Holder.Council or Domain.Workflows.Vocabulary.Holder.Chairman ? holder : Domain.Workflows.Vocabulary.Holder.HomeAffairs,
                new InboxFilter(movementId, state, organisationId, overdueOnly ?? false, page ?? 1), ct));

        dossiers.MapPost("/{id:guid}/documents", async (HttpContext http, UploadDocument upload, Guid id, [Microsoft.AspNetCore.Mvc.FromForm] int revision,
            [Microsoft.AspNetCore.Mvc.FromForm] string kind, IFormFile file, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var documentId = await upload.HandleAsync(http.User.ToActor(), id, new UploadInput(revision, kind, Path.GetFileName(file.FileName), buffer.ToArray()), ct);
            return Results.Created($"/api/v1/dossiers/{id}/documents/{documentId}", new { id = documentId });
        }).DisableAntiforgery();

        dossiers.MapGet("/{id:guid}/documents/{documentId:guid}", async (HttpContext http, DownloadDocument download, Guid id, Guid documentId, CancellationToken ct) =>
        {
            var file = await download.HandleAsync(http.User.ToActor(), id, documentId, ct);
            return Results.File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
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
            view.Award.Name, d.CommendationType, d.WorkflowId, d.WorkflowVersion, d.State, view.StateTitle, d.Revision,
            d.SubmittedAt, d.SubmittedLate, view.DaysLeft, view.Actions.Select(a => new ActionDto(a.Action, a.Title, a.CommentRequired)).ToList(),
            d.Nominees.OrderBy(n => n.Order).Select(n => new NomineeDto(n.Id, n.Kind, n.Name, n.Position, n.Workplace,
                n.CouncilRecommended, n.CouncilPercent, n.CouncilNote, n.ChairmanApproved)).ToList(),
            d.Documents.OrderBy(x => x.Kind).ThenBy(x => x.Version)
                .Select(x => new DocumentDto(x.Id, x.Kind, x.Version, x.FileName, x.ContentType, x.Size, x.Sha256, x.UploadedAt)).ToList(),
            view.MissingDocuments);
    }
}
