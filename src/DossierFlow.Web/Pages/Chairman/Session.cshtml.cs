using DossierFlow.Application.Council.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Chairman;

/// <summary>
/// One session for the Chairman: its recommended nominees by award and unit. The Chairman approves an award for
/// everyone but the nominees marked, each with a reason, under the signer chosen; Sở Nội vụ later records the
/// central decision on an upward proposal here.
/// </summary>
public sealed class SessionModel(SessionAwardPage view, ApproveSessionAward approve, RecordSessionCentralDecision central,
    DownloadSessionDecision download, Application.Forms.IPdfConverter pdf) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Award { get; set; }
    [BindProperty] public string? SignerUserId { get; set; }
    /// <summary>The nominees marked "not awarded", and the reason typed beside each.</summary>
    [BindProperty] public List<Guid> Excluded { get; set; } = [];
    [BindProperty] public Dictionary<Guid, string?> Reasons { get; set; } = [];
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? CentralNumber { get; set; }
    [BindProperty] public string? CentralDate { get; set; }
    [BindProperty] public List<Guid> NotAwarded { get; set; } = [];

    public SessionAwardView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), ct);

    private async Task LoadAsync(Guid id, CancellationToken ct) => View = await view.HandleAsync(Actor, id, Award, ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var exclusions = Excluded.Distinct().Select(n => new ExclusionInput(n, Reasons.GetValueOrDefault(n))).ToList();
        await approve.HandleAsync(Actor, id, new ApproveAwardInput(Award ?? Guid.Empty, SignerUserId, exclusions), ct);
        return Done(exclusions.Count == 0
                ? "Đã phê duyệt khen thưởng tất cả đối tượng Hội đồng đề nghị. Văn bản chờ Văn phòng UBND tỉnh cấp số và ngày ban hành."
                : $"Đã phê duyệt khen thưởng, trừ {exclusions.Count} trường hợp. Văn bản chờ Văn phòng UBND tỉnh cấp số và ngày ban hành.",
            "/Chairman/Session", new { id, award = Award });
    }

    public async Task<IActionResult> OnPostCentralAsync(Guid id, Guid decision, CancellationToken ct)
    {
        ThrowIfInvalid();
        var moved = await central.HandleAsync(Actor, decision, new SessionCentralInput(Revision, CentralNumber, CentralDate, NotAwarded), ct);
        return Done($"Đã ghi nhận quyết định của Trung ương cho {moved} hồ sơ.", "/Chairman/Session", new { id, award = Award });
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid decision, CancellationToken ct)
    {
        var file = await download.HandleAsync(Actor, decision, ct);
        return File(file.Content, file.ContentType, Api.DownloadName.Safe(file.FileName));
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid decision, CancellationToken ct) =>
        Preview(await Application.Forms.PdfExport.AsPdfAsync(pdf, await download.HandleAsync(Actor, decision, ct), ct));
}
