using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Batches;

/// <summary>
/// One batch: its summary per award, the consolidated list by unit (a page of dossiers at a time, with each nominee's
/// appraisal note and warnings), the Tờ trình (.docx and PDF), the journal, and the reviewer's amendments, Tờ trình and forwarding.
/// </summary>
public sealed class DetailsModel(GetBatches batches, AddToBatch add, WithdrawFromBatch withdraw, GenerateBatchSubmission submission,
    ForwardBatch forward, Application.Forms.IPdfConverter pdf) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int CandidatePage { get; set; } = 1;
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public List<Guid> DossierIds { get; set; } = [];
    [BindProperty] public bool CriteriaConfirmed { get; set; }
    [BindProperty] public string? AppraisalNote { get; set; }
    [BindProperty] public Guid WithdrawId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? SignerName { get; set; }

    public BatchView View { get; private set; } = null!;
    public Page<BatchUnit> List { get; private set; } = new([], 1, 1, 0);
    public Page<BatchCandidate> Candidates { get; private set; } = new([], 1, 1, 0);
    public bool IsReviewer => ActorForView.IsIn(Domain.Access.Roles.HomeAffairsReviewer);
    public bool Amendable => IsReviewer && View.Batch.Status != Domain.Batches.BatchStatus.Scheduled;

    /// <summary>Why the PDF link cannot work on this server, in Vietnamese; null when it can.</summary>
    public string? PdfUnavailable => pdf.Unavailable;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Revision = View.Batch.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var added = await add.HandleAsync(Actor, id, new AddToBatchInput(Revision, DossierIds, CriteriaConfirmed, AppraisalNote), ct);
        return Done($"Đã thêm {added} hồ sơ vào đợt trình.", new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        await withdraw.HandleAsync(Actor, id, new WithdrawFromBatchInput(Revision, WithdrawId, Reason), ct);
        return Done("Đã rút hồ sơ khỏi đợt trình.", new { id });
    }

    public async Task<IActionResult> OnPostSubmissionAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        await submission.HandleAsync(Actor, id, new BatchSubmissionInput(Revision, SignerName), ct);
        return Done("Đã lập Tờ trình của Sở Nội vụ và đính kèm vào từng hồ sơ của đợt trình.", new { id });
    }

    public async Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var count = await forward.HandleAsync(Actor, id, Revision, ct);
        return Done($"Đã trình Hội đồng Thi đua - Khen thưởng {count} hồ sơ của đợt trình.", new { id });
    }

    public async Task<IActionResult> OnGetSubmissionAsync(Guid id, CancellationToken ct)
    {
        var file = await batches.SubmissionAsync(Actor, id, ct);
        return File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
    }

    /// <summary>The Tờ trình as PDF, shown in the browser.</summary>
    public async Task<IActionResult> OnGetSubmissionPdfAsync(Guid id, CancellationToken ct) =>
        Preview(await Application.Forms.PdfExport.AsPdfAsync(pdf, await batches.SubmissionAsync(Actor, id, ct), ct));

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), ct);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await batches.GetAsync(Actor, id, ct);
        List = await batches.ConsolidatedAsync(Actor, id, PageNumber, ct);
        if (Amendable) Candidates = await batches.CandidatesAsync(Actor, id, CandidatePage, ct);
    }
}
