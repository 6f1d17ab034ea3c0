using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Reports;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Reports;

public sealed class DetailsModel(GetMovementReport get, EditMovementReport edit) : AppPageModel
{
    public ReportView? View { get; private set; }

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public Guid OperationId { get; set; }

    public Guid NewOperationId { get; } = Guid.NewGuid();

    public bool CanEdit => View is { Report.HeldByProposer: true } view
        && ActorForView.IsIn(Domain.Access.Roles.UnitClerk) && view.Report.OrganisationId == ActorForView.OrganisationId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), ct);

    public async Task<IActionResult> OnPostSummaryAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        await edit.ChangeSummaryAsync(Actor, id, Revision, Summary, ct);
        return Done("Đã lưu tóm tắt báo cáo.", new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? scan, CancellationToken ct)
    {
        if (scan is null || scan.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp báo cáo đã ký cần tải lên.");
        ThrowIfInvalid();
        using var buffer = new MemoryStream();
        await scan!.CopyToAsync(buffer, ct);
        await edit.UploadAsync(Actor, id, new UploadInput(Revision, MovementReport.DocumentKind, Path.GetFileName(scan.FileName), buffer.ToArray()), ct);
        return Done($"Đã tải lên \"{Path.GetFileName(scan.FileName)}\".", new { id });
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, string action, CancellationToken ct)
    {
        ThrowIfInvalid();
        var result = await edit.HandleAsync(Actor, id, new WorkflowActionInput(action, Revision, OperationId, Comment), ct);
        return Done(result.Repeated ? "Thao tác này đã được thực hiện trước đó." : $"Đã thực hiện. Báo cáo chuyển sang bước \"{result.StateTitle}\".", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, id, ct);
        Summary ??= View.Report.Summary;
    }
}
