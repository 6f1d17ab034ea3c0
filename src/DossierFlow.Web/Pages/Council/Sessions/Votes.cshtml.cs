using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>
/// The session's vote grid: every nominee of the agenda by award and unit, a page at a time; "Tạm lưu" keeps the
/// counts as a draft, the ballot-counting file fills it too, "Xác nhận kết quả biểu quyết" confirms and moves the
/// dossiers; afterwards one result at a time is corrected with its reason until the minutes are issued.
/// </summary>
public sealed class VotesModel(GetVoteGrid grid, SaveVoteDraft save, ImportBallotFile import, ConfirmVotes confirm, CorrectVote correct,
    SessionVoteFiles files, Application.Forms.IPdfConverter pdf) : AppPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    [BindProperty] public List<GridLine> Lines { get; set; } = [];
    [BindProperty(SupportsGet = true)] public Guid? Correct { get; set; }
    [BindProperty] public GridLine Correction { get; set; } = new();
    [BindProperty, Display(Name = "Lý do sửa")] public string? Reason { get; set; }

    public sealed class GridLine
    {
        public Guid NomineeId { get; set; }
        [Display(Name = "Số phiếu đồng ý")] public int? For { get; set; }
        [Display(Name = "Số phiếu không đồng ý")] public int? Against { get; set; }
        [Display(Name = "Số phiếu không biểu quyết")] public int? Abstain { get; set; }
        [Display(Name = "Số ý kiến đồng ý bằng văn bản")] public int? WrittenFor { get; set; }

        public NomineeCounts Counts() => new(NomineeId, For, Against, Abstain, WrittenFor);
    }

    public VoteGridView View { get; private set; } = null!;
    public bool IsSecretary => ActorForView.IsIn(Domain.Access.Roles.CouncilSecretary);
    public string? PdfUnavailable => pdf.Unavailable;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Revision = View.Session.Revision;
        OperationId = Guid.NewGuid();
        Lines = View.Lines.Select(l => View.VoteOf(l.NomineeId) is { } v
            ? new GridLine { NomineeId = l.NomineeId, For = v.For, Against = v.Against, Abstain = v.Abstain, WrittenFor = v.WrittenFor }
            : new GridLine { NomineeId = l.NomineeId }).ToList();
        if (Correct is { } nominee && View.VoteOf(nominee) is { } vote)
            Correction = new GridLine { NomineeId = nominee, For = vote.For, Against = vote.Against, Abstain = vote.Abstain, WrittenFor = vote.WrittenFor };
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), ct);

    public async Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var saved = await save.HandleAsync(Actor, id, new VoteDraftInput(Revision, Lines.Select(l => l.Counts()).ToList()), ct);
        return Done($"Đã tạm lưu kết quả biểu quyết của trang này ({saved} dòng có số phiếu); chưa hồ sơ nào được chuyển.", new { id, P });
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? ballots, CancellationToken ct)
    {
        ModelState.Clear();
        if (ballots is null || ballots.Length == 0) ModelState.AddModelError("", "Vui lòng chọn bảng kiểm phiếu (.xlsx) cần nhập.");
        else if (ballots.Length > Application.Dossiers.NomineeSheet.MaxBytes)
            ModelState.AddModelError("", $"Tệp lớn hơn giới hạn {Application.Dossiers.NomineeSheet.MaxBytes / 1024 / 1024} MB.");
        ThrowIfInvalid();
        using var buffer = new MemoryStream();
        await ballots!.CopyToAsync(buffer, ct);
        var count = await import.HandleAsync(Actor, id, Revision, Path.GetFileName(ballots.FileName), buffer.ToArray(), ct);
        return Done($"Đã nhập bảng kiểm phiếu: {count} tập thể, cá nhân (tạm lưu, chưa xác nhận).", new { id, P });
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var summary = await confirm.HandleAsync(Actor, id, new ConfirmVotesInput(Revision, OperationId), ct);
        return Done($"Đã xác nhận kết quả biểu quyết: {summary.Passed} đạt, {summary.Failed} không đạt; {summary.DossiersToChairman} hồ sơ trình Chủ tịch UBND tỉnh, "
            + $"{summary.DossiersRefused} hồ sơ không được đề nghị (đã thông báo đơn vị).", "Details", new { id });
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var done = await correct.HandleAsync(Actor, id, new VoteCorrectionInput(Revision, Correction.Counts(), Reason), ct);
        return Done($"Đã sửa kết quả của {done.NomineeName}: {(done.NewPassed ? "đạt" : "không đạt")} (trước: {(done.OldPassed ? "đạt" : "không đạt")}).", new { id, P });
    }

    public async Task<IActionResult> OnGetBallotSheetAsync(Guid id, CancellationToken ct)
    {
        var file = await files.BallotSheetAsync(Actor, id, ct);
        return File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
    }

    public async Task<IActionResult> OnGetBallotPaperAsync(Guid id, CancellationToken ct)
    {
        var file = await files.BallotPaperAsync(Actor, id, ct);
        return File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
    }

    public async Task<IActionResult> OnGetBallotPaperPdfAsync(Guid id, CancellationToken ct) =>
        Preview(await Application.Forms.PdfExport.AsPdfAsync(pdf, await files.BallotPaperAsync(Actor, id, ct), ct));

    private async Task LoadAsync(Guid id, CancellationToken ct) => View = await grid.HandleAsync(Actor, id, P, ct);
}
