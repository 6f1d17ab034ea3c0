using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
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
        IReadOnlyList<ActionDto> AvailableActions, IReadOnlyList<NomineeDto> Nominees, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<string> MissingDocuments,
        IReadOnlyList<ChecklistItemDto> Checklist, IReadOnlyList<DuplicateDto> Duplicates, int Copies);

    /// <summary>One line of the completeness checklist: the same rule that decides whether the dossier may be submitted.</summary>
    public sealed record ChecklistItemDto(string FormCode, Guid? NomineeId, string? NomineeName, bool Done, Guid? SignedDocumentId, Guid? UnsignedDocumentId);

    /// <summary>A warning (never a block): the nominee is proposed in another open dossier of the movement and year, or already awarded.</summary>
    public sealed record DuplicateDto(Guid NomineeId, string NomineeName, bool AlreadyAwarded, Guid OtherDossierId, string OtherProposer,
        string AwardName, int Year, string StateTitle);

    public sealed record PersonRecordDto(Guid DossierId, Guid NomineeId, string Name, string ProposerName, string AwardName, string MovementTitle,
        int Year, string StateTitle, bool Open, bool Awarded);

    public sealed record PersonDto(Guid NomineeId, string Name, NomineeKind Kind, DateOnly? BirthDate, string? IdentityNumber, IReadOnlyList<PersonRecordDto> Records);

    public sealed record ActionDto(string Action, string Title, bool CommentRequired);

    public sealed record NomineeDto(Guid Id, NomineeKind Kind, string Name, string? Position, string? Workplace,
        bool? CouncilRecommended = null, decimal? CouncilPercent = null, string? CouncilNote = null, bool? ChairmanApproved = null,
        NomineeGender? Gender = null, DateOnly? BirthDate = null, string? IdentityNumber = null, string? StaffCode = null, string? AchievementSummary = null);

    public sealed record DocumentDto(Guid Id, string Kind, int Version, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt,
        bool IsSigned = false, bool IsNumbered = false);

    public sealed record JournalEntryDto(DateTime At, string UserName, string Role, Guid OrganisationId, string Action, string ActionTitle,
        string FromState, string ToState, string? Comment, int Revision, Guid OperationId);

    /// <param name="Identity">The CCCD's 12 digits, or a Mã số CBCCVC.</param>
    public sealed record AddNomineeRequest(int Revision, NomineeKind Kind, string Name, string? Position, string? Workplace,
        NomineeGender? Gender = null, DateOnly? BirthDate = null, string? Identity = null, string? Summary = null)
    {
        public NomineeDetails Details => new(Kind, Name, Position, Workplace, Gender, BirthDate, Identity, null, Summary);
    }

    public sealed record SignedRequest(int Revision);

    public static void MapDossierEndpoints(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers");
        dossiers.MapGet("/", List);
        dossiers.MapGet("/{id:guid}", Get);
        dossiers.MapPost("/", Create);
        dossiers.MapPost("/{id:guid}/nominees", AddNominee);
        dossiers.MapPut("/{id:guid}/nominees/{nomineeId:guid}", ChangeNominee);
        dossiers.MapDelete("/{id:guid}/nominees/{nomineeId:guid}", RemoveNominee);
        dossiers.MapGet("/{id:guid}/nominees/template", Template).ProducesFile(NomineeSheet.ContentType);
        dossiers.MapPost("/{id:guid}/nominees/import", Import).DisableAntiforgery();
        dossiers.MapPost("/{id:guid}/documents/{documentId:guid}/signed", MarkSigned);
        api.MapGet("/nominees/{nomineeId:guid}/history", History);
        dossiers.MapPost("/{id:guid}/actions", Act);
        dossiers.MapGet("/{id:guid}/journal", Journal);
        dossiers.MapGet("/{id:guid}/diagram.svg", Diagram).Produces<string>(StatusCodes.Status200OK, ApiFiles.Svg);
        dossiers.MapPost("/{id:guid}/documents", Upload).DisableAntiforgery();
        dossiers.MapGet("/{id:guid}/documents/{documentId:guid}", Download).ProducesFile();
        dossiers.MapGet("/{id:guid}/documents/{documentId:guid}/pdf", DownloadPdf).ProducesFile(IPdfConverter.PdfContentType);
        api.MapGet("/inbox", Inbox);
    }

    /// <param name="after">The <c>next</c> token of the previous page: the following page by key, instead of <paramref name="page"/>.</param>
    private static async Task<Ok<Page<DossierRow>>> List(Caller caller, ListDossiers list, string? search, Guid? movement, int? year, Guid? award,
        string? state, bool? late, bool? overdue, Guid? organisation, int? page, string? after, CancellationToken ct) =>
        TypedResults.Ok(await list.HandleAsync(caller.Actor,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1, after), ct));

    private static async Task<Ok<DossierDto>> Get(Caller caller, GetDossier get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await get.HandleAsync(caller.Actor, id, ct)));

    private static async Task<Created<CreatedId>> Create(Caller caller, CreateDossier create, CreateDossierInput input, CancellationToken ct)
    {
        var id = await create.HandleAsync(caller.Actor, input, ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}", new CreatedId(id));
    }

    private static async Task<Created<CreatedId>> AddNominee(Caller caller, EditNominees edit, Guid id, AddNomineeRequest request, CancellationToken ct)
    {
        var nomineeId = await edit.AddAsync(caller.Actor, id, request.Revision, request.Details, ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}", new CreatedId(nomineeId));
    }

    private static async Task<NoContent> ChangeNominee(Caller caller, EditNominees edit, Guid id, Guid nomineeId, AddNomineeRequest request, CancellationToken ct)
    {
        await edit.ChangeAsync(caller.Actor, id, request.Revision, nomineeId, request.Details, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Template(Caller caller, DownloadNomineeTemplate template, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await template.HandleAsync(caller.Actor, id, ct));

    private static async Task<Ok<NomineeImportResult>> Import(Caller caller, ImportNominees import, Guid id, [FromForm] int revision, IFormFile file,
        CancellationToken ct) =>
        TypedResults.Ok(await import.HandleAsync(caller.Actor, id, revision, Path.GetFileName(file.FileName), await ApiFiles.ReadAsync(file, ct), ct));

    private static async Task<NoContent> MarkSigned(Caller caller, MarkDocumentSigned mark, Guid id, Guid documentId, SignedRequest request, CancellationToken ct)
    {
        await mark.HandleAsync(caller.Actor, id, request.Revision, documentId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PersonDto>> History(Caller caller, GetPerson get, Guid nomineeId, CancellationToken ct)
    {
        var view = await get.HandleAsync(caller.Actor, nomineeId, ct);
        var n = view.Nominee;
        return TypedResults.Ok(new PersonDto(n.Id, n.Name, n.Kind, n.BirthDate, n.IdentityNumber, view.Records
            .Select(r => new PersonRecordDto(r.DossierId, r.NomineeId, r.Name, r.ProposerName, r.AwardName, r.MovementTitle, r.Year, r.StateTitle, r.Open, r.Awarded))
            .ToList()));
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

    /// <param name="after">The <c>next</c> token of the previous page: the following page by key, instead of <paramref name="page"/>.</param>
    private static async Task<Ok<Page<InboxRow>>> Inbox(Caller caller, ListInbox inbox, string? holder, string? search, Guid? movement, int? year,
        Guid? award, string? state, bool? late, bool? overdue, Guid? organisation, int? page, string? after, CancellationToken ct) =>
        TypedResults.Ok(await inbox.HandleAsync(caller.Actor, holder is Vocabulary.Holder.Council or Vocabulary.Holder.Chairman ? holder : Vocabulary.Holder.HomeAffairs,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1, after), ct));

    /// <param name="nomineeId">For a form filled per nominee (the achievement report): whose signed report this is.</param>
    private static async Task<Created<CreatedId>> Upload(Caller caller, UploadDocument upload, Guid id, [FromForm] int revision,
        [FromForm] string kind, IFormFile file, [FromForm] Guid? nomineeId, CancellationToken ct)
    {
        var documentId = await upload.HandleAsync(caller.Actor, id,
            new UploadInput(revision, kind, Path.GetFileName(file.FileName), await ApiFiles.ReadAsync(file, ct), nomineeId), ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}/documents/{documentId}", new CreatedId(documentId));
    }

    private static async Task<FileContentHttpResult> Download(Caller caller, DownloadDocument download, Guid id, Guid documentId, CancellationToken ct) =>
        ApiFiles.Offer(await download.HandleAsync(caller.Actor, id, documentId, ct));

    private static async Task<FileContentHttpResult> DownloadPdf(HttpContext context, Caller caller, DownloadDocument download, IPdfConverter pdf, Guid id,
        Guid documentId, CancellationToken ct) =>
        ApiFiles.Preview(context, await pdf.AsPdfAsync(await download.HandleAsync(caller.Actor, id, documentId, ct), ct));

    private static DossierDto ToDto(DossierView view)
    {
        var d = view.Dossier;
        return new DossierDto(d.Id, d.Code, d.MovementId, d.PhaseId, d.ProposingOrganisationId, view.ProposerName, d.AwardTypeId,
            view.Award.Name, d.CommendationType, d.WorkflowId, d.WorkflowVersion, d.State, view.StateTitle, d.Revision,
            d.SubmittedAt, d.SubmittedLate, view.DaysLeft, view.Actions.Select(a => new ActionDto(a.Action, a.Title, a.CommentRequired)).ToList(),
            d.Nominees.OrderBy(n => n.Order).Select(n => new NomineeDto(n.Id, n.Kind, n.Name, n.Position, n.Workplace,
                n.CouncilRecommended, n.CouncilPercent, n.CouncilNote, n.ChairmanApproved, n.Gender, n.BirthDate, n.IdentityNumber, n.StaffCode,
                n.AchievementSummary)).ToList(),
            d.Documents.OrderBy(x => x.Kind).ThenBy(x => x.Version)
                .Select(x => new DocumentDto(x.Id, x.Kind, x.Version, x.FileName, x.ContentType, x.Size, x.Sha256, x.UploadedAt, x.IsSigned, x.IsNumbered)).ToList(),
            view.MissingDocuments,
            view.Checklist.Select(i => new ChecklistItemDto(i.FormCode, i.Nominee?.Id, i.Nominee?.Name, i.Done, i.Signed?.Id, i.Unsigned?.Id)).ToList(),
            view.Duplicates.Select(w => new DuplicateDto(w.NomineeId, w.NomineeName, w.AlreadyAwarded, w.Other.DossierId, w.Other.ProposerName,
                w.Other.AwardName, w.Other.Year, w.Other.StateTitle)).ToList(),
            view.Copies);
    }
}
