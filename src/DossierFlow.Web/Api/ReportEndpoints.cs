using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Reports;
using DossierFlow.Application.Workflows;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>The yearly movement reports: the same use cases as the pages.</summary>
internal static class ReportEndpoints
{
    public sealed record OpenReportRequest(Guid MovementId, int Year);

    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports");
        reports.MapGet("/", (HttpContext http, ListMovementReports list, Guid? movementId, int? year, int? page, CancellationToken ct) =>
            list.HandleAsync(http.User.ToActor(), movementId, year, page ?? 1, ct));
        reports.MapPost("/", async (HttpContext http, OpenMovementReport open, OpenReportRequest request, CancellationToken ct) =>
        {
            var id = await open.HandleAsync(http.User.ToActor(), request.MovementId, request.Year, ct);
            return Results.Ok(new { id });
        });
        reports.MapGet("/{id:guid}", async (HttpContext http, GetMovementReport get, Guid id, CancellationToken ct) =>
        {
            var view = await get.HandleAsync(http.User.ToActor(), id, ct);
            var r = view.Report;
            return new
            {
                r.Id, r.MovementId, r.OrganisationId, view.OrganisationName, r.Year, r.Summary, r.State, view.StateTitle, r.Revision,
                r.SubmittedAt, r.SubmittedLate, view.DueOn, view.DaysLeft,
                AvailableActions = view.Actions.Select(a => new { a.Action, a.Title, a.CommentRequired }),
                Documents = r.Documents.Select(d => new { d.Id, d.Kind, d.Version, d.FileName, d.Sha256 }),
                Journal = r.Journal.OrderBy(e => e.At).Select(e => new { e.At, e.UserName, e.Role, e.Action, e.FromState, e.ToState, e.Comment, e.Revision }),
            };
        });
        reports.MapPost("/{id:guid}/actions", (HttpContext http, EditMovementReport edit, Guid id, WorkflowActionInput input, CancellationToken ct) =>
            edit.HandleAsync(http.User.ToActor(), id, input, ct));
        reports.MapPost("/{id:guid}/documents", async (HttpContext http, EditMovementReport edit, Guid id,
            [Microsoft.AspNetCore.Mvc.FromForm] int revision, IFormFile file, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var documentId = await edit.UploadAsync(http.User.ToActor(), id,
                new UploadInput(revision, Domain.Reports.MovementReport.DocumentKind, Path.GetFileName(file.FileName), buffer.ToArray()), ct);
            return Results.Created($"/api/v1/reports/{id}", new { id = documentId });
        }).DisableAntiforgery();
    }
}
