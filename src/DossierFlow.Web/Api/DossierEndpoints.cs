using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Api;

/// <summary>The dossier API: the same use cases as the pages, so the same authorization.</summary>
internal static class DossierEndpoints
{
    public sealed record DossierDto(Guid Id, string Code, Guid MovementId, Guid PhaseId, Guid ProposingOrganisationId, string ProposerName,
        Guid AwardTypeId, string AwardName, CommendationType CommendationType, string WorkflowId, int WorkflowVersion,
        string State, string StateTitle, int Revision, DateTime? SubmittedAt, bool SubmittedLate, int? DaysLeft,
        IReadOnlyList<ActionDto> AvailableActions, IReadOnlyList<NomineeDto> Nominees, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<string> MissingDocuments);

    public sealed record ActionDto(string Action, string Title, bool CommentRequired);

    public sealed record NomineeDto(Guid Id, NomineeKind Kind, string Name, string? Position, string? Workplace,
        bool? CouncilRecommended = null, decimal? CouncilPercent = null, string? CouncilNote = null, bool? ChairmanApproved = null);

    public sealed record DocumentDto(Guid Id, string Kind, int Version, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

    public sealed record JournalEntryDto(DateTime At, string UserName, string Role, Guid OrganisationId, string Action, string ActionTitle,
        string FromState, string ToState, string? Comment, int Revision, Guid OperationId);

    public sealed record AddNomineeRequest(int Revision, NomineeKind Kind, string Name, string? Position, string? Workplace);

    public static void MapDossierEndpoints(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers");
        dossiers.MapGet("/", List);
        dossiers.MapGet("/{id:guid}", Get);
        dossiers.MapPost("/", Create);
        dossiers.MapPost("/{id:guid}/nominees", AddNominee);
        dossiers.MapDelete("/{id:guid}/nominees/{nomineeId:guid}", RemoveNominee);
        dossiers.MapPost("/{id:guid}/actions", Act);
        dossiers.MapGet("/{id:guid}/journal", Journal);
        dossiers.MapGet("/{id:guid}/diagram.svg", Diagram).Produces<string>(StatusCodes.Status200OK, ApiFiles.Svg);
        dossiers.MapPost("/{id:guid}/documents", Upload).DisableAntiforgery();
        dossiers.MapGet("/{id:guid}/documents/{documentId:guid}", Download).ProducesFile();
        api.MapGet("/inbox", Inbox);
    }

    private static async Task<Ok<Page<DossierRow>>> List(Caller caller, ListDossiers list, string? search, Guid? movement, int? year, Guid? award,
        string? state, bool? late, bool? overdue, Guid? organisation, int? page, CancellationToken ct) =>
        TypedResults.Ok(await list.HandleAsync(caller.Actor,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1), ct));

    private static async Task<Ok<DossierDto>> Get(Caller caller, GetDossier get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await get.HandleAsync(caller.Actor, id, ct)));

    private static async Task<Created<CreatedId>> Create(Caller caller, CreateDossier create, CreateDossierInput input, CancellationToken ct)
    {
        var id = await create.HandleAsync(caller.Actor, input, ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}", new CreatedId(id));
    }

    private static async Task<Created<CreatedId>> AddNominee(Caller caller, EditNominees edit, Guid id, AddNomineeRequest request, CancellationToken ct)
    {
        var nomineeId = await edit.AddAsync(caller.Actor, id, request.Revision,
            new NomineeInput(request.Kind, request.Name, request.Position, request.Workplace), ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}", new CreatedId(nomineeId));
    }

    private static async Task<NoContent> RemoveNominee(Caller caller, EditNominees edit, Guid id, Guid nomineeId, int revision, CancellationToken ct)
    {
        await edit.RemoveAsync(caller.Actor, id, revision, nomineeId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WorkflowActionResult>> Act(Caller caller, TakeDossierAction act, Guid id, WorkflowActionInput input, CancellationToken ct) =>
        TypedResults.Ok(await act.HandleAsync(caller.Actor, id, input, ct));

    private static async Task<Ok<IReadOnlyList<JournalEntryDto>>> Journal(Caller caller, GetDossier get, Guid id, CancellationToken ct)
    {
        var journal = (await get.HandleAsync(caller.Actor, id, ct)).Dossier.Journal.OrderBy(e => e.At).ThenBy(e => e.Revision)
            .Select(e => new JournalEntryDto(e.At, e.UserName, e.Role, e.OrganisationId, e.Action, e.ActionTitle, e.FromState, e.ToState,
                e.Comment, e.Revision, e.OperationId))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<JournalEntryDto>>(journal);
    }

    private static async Task<ContentHttpResult> Diagram(Caller caller, GetDossier get, Guid id, CancellationToken ct)
    {
        var view = await get.HandleAsync(caller.Actor, id, ct);
        return TypedResults.Content(Workflows.WorkflowDiagram.Render(view.Workflow, view.Dossier.State), ApiFiles.SvgUtf8);
    }

    private static async Task<Ok<Page<InboxRow>>> Inbox(Caller caller, ListInbox inbox, string? holder, string? search, Guid? movement, int? year,
        Guid? award, string? state, bool? late, bool? overdue, Guid? organisation, int? page, CancellationToken ct) =>
        TypedResults.Ok(await inbox.HandleAsync(caller.Actor, holder is Vocabulary.Holder.Council or Vocabulary.Holder.Chairman ? holder : Vocabulary.Holder.HomeAffairs,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1), ct));

    private static async Task<Created<CreatedId>> Upload(Caller caller, UploadDocument upload, Guid id, [FromForm] int revision,
        [FromForm] string kind, IFormFile file, CancellationToken ct)
    {
        var documentId = await upload.HandleAsync(caller.Actor, id,
            new UploadInput(revision, kind, Path.GetFileName(file.FileName), await ApiFiles.ReadAsync(file, ct)), ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}/documents/{documentId}", new CreatedId(documentId));
    }

    private static async Task<FileContentHttpResult> Download(Caller caller, DownloadDocument download, Guid id, Guid documentId, CancellationToken ct) =>
        ApiFiles.Offer(await download.HandleAsync(caller.Actor, id, documentId, ct));

    private static DossierDto ToDto(DossierView view)
    {
        var d = view.Dossier;
        return new DossierDto(d.Id, d.Code, d.MovementId, d.PhaseId, d.ProposingOrganisationId, view.ProposerName, d.AwardTypeId,
            view.Award.Name, d.CommendationType, d.WorkflowId, d.WorkflowVersion, d.State, view.StateTitle, d.Revision,
            d.SubmittedAt, d.SubmittedLate, view.DaysLeft, view.Actions.Select(a => new ActionDto(a.Action, a.Title, a.CommentRequired)).ToList(),
            d.Nominees.OrderBy(n => n.Order).Select(n => new NomineeDto(n.Id, n.Kind, n.Name, n.Position, n.Workplace,
                n.CouncilRecommended, n.CouncilPercent, n.CouncilNote, n.ChairmanApproved)).ToList(),
            d.Documents.OrderBy(x => x.Kind).ThenBy(x => x.Version)
                .Select(x => new DocumentDto(x.Id, x.Kind, x.Version, x.FileName, x.ContentType, x.Size, x.Sha256, x.UploadedAt)).ToList(),
            view.MissingDocuments);
    }
}
