using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Reports;
using DossierFlow.Application.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Api;

/// <summary>The yearly movement reports: the same use cases as the pages.</summary>
internal static class ReportEndpoints
{
    public sealed record OpenReportRequest(Guid MovementId, int Year);

    public sealed record ReportDto(Guid Id, Guid MovementId, Guid OrganisationId, string OrganisationName, int Year, string? Summary, string State,
        string StateTitle, int Revision, DateTime? SubmittedAt, bool SubmittedLate, DateOnly? DueOn, int? DaysLeft,
        IReadOnlyList<DossierEndpoints.ActionDto> AvailableActions, IReadOnlyList<ReportDocumentDto> Documents, IReadOnlyList<ReportJournalEntryDto> Journal);

    public sealed record ReportDocumentDto(Guid Id, string Kind, int Version, string FileName, string Sha256);

    public sealed record ReportJournalEntryDto(DateTime At, string UserName, string Role, string Action, string FromState, string ToState,
        string? Comment, int Revision);

    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports");
        reports.MapGet("/", List);
        reports.MapPost("/", Open);
        reports.MapGet("/dashboard", Dashboard);
        reports.MapGet("/{id:guid}", Get);
        reports.MapPost("/{id:guid}/actions", Act);
        reports.MapPost("/{id:guid}/documents", Upload).DisableAntiforgery();
    }

    private static async Task<Ok<Page<ReportRow>>> List(Caller caller, ListMovementReports list, Guid? movementId, int? year, int? page, CancellationToken ct) =>
        TypedResults.Ok(await list.HandleAsync(caller.Actor, movementId, year, page ?? 1, ct));

    /// <summary>The movement dashboard's figures (Sở Nội vụ, the Chairman, the auditor): the same numbers as /Reports/Dashboard.</summary>
    private static async Task<Ok<Application.Reports.Dashboard.DashboardFigures>> Dashboard(Caller caller, Application.Reports.Dashboard.SummariseDashboard summarise,
        string? movement, string? year, CancellationToken ct) =>
        TypedResults.Ok(await summarise.HandleAsync(caller.Actor, movement, year, ct));

    /// <summary>Answers 200 rather than 201: opening is idempotent (an existing report's id is returned).</summary>
    private static async Task<Ok<CreatedId>> Open(Caller caller, OpenMovementReport open, OpenReportRequest request, CancellationToken ct) =>
        TypedResults.Ok(new CreatedId(await open.HandleAsync(caller.Actor, request.MovementId, request.Year, ct)));

    private static async Task<Ok<ReportDto>> Get(Caller caller, GetMovementReport get, Guid id, CancellationToken ct)
    {
        var view = await get.HandleAsync(caller.Actor, id, ct);
        var r = view.Report;
        return TypedResults.Ok(new ReportDto(r.Id, r.MovementId, r.OrganisationId, view.OrganisationName, r.Year, r.Summary, r.State, view.StateTitle,
            r.Revision, r.SubmittedAt, r.SubmittedLate, view.DueOn, view.DaysLeft,
            view.Actions.Select(a => new DossierEndpoints.ActionDto(a.Action, a.Title, a.CommentRequired)).ToList(),
            r.Documents.Select(d => new ReportDocumentDto(d.Id, d.Kind, d.Version, d.FileName, d.Sha256)).ToList(),
            r.Journal.OrderBy(e => e.At).Select(e => new ReportJournalEntryDto(e.At, e.UserName, e.Role, e.Action, e.FromState, e.ToState, e.Comment,
                e.Revision)).ToList()));
    }

    private static async Task<Ok<WorkflowActionResult>> Act(Caller caller, EditMovementReport edit, Guid id, WorkflowActionInput input, CancellationToken ct) =>
        TypedResults.Ok(await edit.HandleAsync(caller.Actor, id, input, ct));

    private static async Task<Created<CreatedId>> Upload(Caller caller, EditMovementReport edit, Guid id, [FromForm] int revision, IFormFile file,
        CancellationToken ct)
    {
        var documentId = await edit.UploadAsync(caller.Actor, id,
            new UploadInput(revision, Domain.Reports.MovementReport.DocumentKind, Path.GetFileName(file.FileName), await ApiFiles.ReadAsync(file, ct)), ct);
        return TypedResults.Created($"/api/v1/reports/{id}", new CreatedId(documentId));
    }
}
