using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

/// <summary>Sở Nội vụ's batches (đợt trình): the same operations as the batch pages, and a council session from batches.</summary>
internal static class BatchEndpoints
{
    public sealed record BatchRevision(int Revision);

    public sealed record BatchCount(int Dossiers);

    public sealed record BatchChangeDto(DateTime At, string By, BatchChangeKind Kind, Guid? DossierId, string? DossierCode, string? Reason);

    public sealed record BatchDto(Guid Id, string Title, Guid MovementId, string MovementTitle, BatchStatus Status, int Revision,
        IReadOnlyList<Guid> AwardTypeIds, IReadOnlyList<BatchTotal> Totals, IReadOnlyList<Guid> DossierIds, int? SubmissionNumber,
        DateOnly? SubmissionIssuedOn, bool SubmissionCurrent, Guid? SessionId, IReadOnlyList<BatchChangeDto> Changes);

    /// <summary>One row of the consolidated list: a nominee under its unit, with the appraisal note and the warnings in words.</summary>
    public sealed record BatchListRowDto(string UnitName, Guid DossierId, string DossierCode, Guid NomineeId, string NomineeName, string Kind,
        string? Position, string? Workplace, string AwardName, string AppraisalNote, IReadOnlyList<string> Warnings);

    public static void MapBatchEndpoints(this RouteGroupBuilder api)
    {
        var batches = api.MapGroup("/batches");
        batches.MapGet("/", List);
        batches.MapPost("/", Create);
        batches.MapGet("/{id:guid}", Get);
        batches.MapGet("/{id:guid}/list", Consolidated);
        batches.MapGet("/{id:guid}/candidates", Candidates);
        batches.MapPost("/{id:guid}/dossiers", Add);
        batches.MapPost("/{id:guid}/withdrawals", Withdraw);
        batches.MapPost("/{id:guid}/submission", GenerateSubmission);
        batches.MapGet("/{id:guid}/submission", Submission).ProducesFile();
        batches.MapGet("/{id:guid}/submission/pdf", SubmissionPdf).ProducesFile(IPdfConverter.PdfContentType);
        batches.MapPost("/{id:guid}/forward", Forward);
        api.MapPost("/council/sessions/from-batches", ScheduleFromBatches);
    }

    private static async Task<Ok<Page<BatchRow>>> List(Caller caller, GetBatches batches, BatchStatus? status, int? page, CancellationToken ct) =>
        TypedResults.Ok(await batches.ListAsync(caller.Actor, page ?? 1, status, ct));

    private static async Task<Created<CreatedId>> Create(Caller caller, CreateBatch create, CreateBatchInput input, CancellationToken ct) =>
        TypedResults.Created((string?)null, new CreatedId(await create.HandleAsync(caller.Actor, input, ct)));

    private static async Task<Ok<BatchDto>> Get(Caller caller, GetBatches batches, Guid id, CancellationToken ct)
    {
        var view = await batches.GetAsync(caller.Actor, id, ct);
        var b = view.Batch;
        return TypedResults.Ok(new BatchDto(b.Id, b.Title, b.MovementId, view.MovementTitle, b.Status, b.Revision, view.AwardTypeIds, view.Totals,
            b.Entries.Select(e => e.DossierId).ToList(), b.SubmissionNumber, b.SubmissionIssuedOn, b.SubmissionCurrent, b.SessionId,
            b.Changes.Select(c => new BatchChangeDto(c.At, c.By, c.Kind, c.DossierId, c.DossierCode, c.Reason)).ToList()));
    }

    private static async Task<Ok<Page<BatchListRowDto>>> Consolidated(Caller caller, GetBatches batches, Guid id, int? page, CancellationToken ct)
    {
        var units = await batches.ConsolidatedAsync(caller.Actor, id, page ?? 1, ct);
        var rows = units.Items.SelectMany(u => u.Nominees.Select(n => new BatchListRowDto(u.UnitName, n.DossierId, n.DossierCode, n.Nominee.Id,
            n.Nominee.Name, VietnameseLabels.NomineeKinds[n.Nominee.Kind], n.Nominee.Position, n.Nominee.Workplace, n.AwardName, n.AppraisalNote,
            n.Warnings.Select(w => $"{(w.AlreadyAwarded ? "Đã được khen" : "Đang được đề nghị")} {w.Other.AwardName} ({w.Other.ProposerName}, {w.Other.Year})")
                .ToList()))).ToList();
        // The page counts dossiers (their nominees all on it), as on the batch page.
        return TypedResults.Ok(new Page<BatchListRowDto>(rows, units.PageNumber, units.PageSize, units.TotalCount));
    }

    private static async Task<Ok<Page<BatchCandidate>>> Candidates(Caller caller, GetBatches batches, Guid id, int? page, CancellationToken ct) =>
        TypedResults.Ok(await batches.CandidatesAsync(caller.Actor, id, page ?? 1, ct));

    private static async Task<Ok<BatchCount>> Add(Caller caller, AddToBatch add, Guid id, AddToBatchInput input, CancellationToken ct) =>
        TypedResults.Ok(new BatchCount(await add.HandleAsync(caller.Actor, id, input, ct)));

    private static async Task<NoContent> Withdraw(Caller caller, WithdrawFromBatch withdraw, Guid id, WithdrawFromBatchInput input, CancellationToken ct)
    {
        await withdraw.HandleAsync(caller.Actor, id, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> GenerateSubmission(Caller caller, GenerateBatchSubmission generate, Guid id, BatchSubmissionInput input,
        CancellationToken ct)
    {
        await generate.HandleAsync(caller.Actor, id, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Submission(Caller caller, GetBatches batches, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await batches.SubmissionAsync(caller.Actor, id, ct));

    private static async Task<FileContentHttpResult> SubmissionPdf(HttpContext context, Caller caller, GetBatches batches, IPdfConverter pdf, Guid id,
        CancellationToken ct) =>
        ApiFiles.Preview(context, await pdf.AsPdfAsync(await batches.SubmissionAsync(caller.Actor, id, ct), ct));

    private static async Task<Ok<BatchCount>> Forward(Caller caller, ForwardBatch forward, Guid id, BatchRevision input, CancellationToken ct) =>
        TypedResults.Ok(new BatchCount(await forward.HandleAsync(caller.Actor, id, input.Revision, ct)));

    private static async Task<Created<CreatedId>> ScheduleFromBatches(Caller caller, ScheduleBatchSession schedule, BatchSessionInput input,
        CancellationToken ct) =>
        TypedResults.Created((string?)null, new CreatedId(await schedule.HandleAsync(caller.Actor, input, ct)));
}
