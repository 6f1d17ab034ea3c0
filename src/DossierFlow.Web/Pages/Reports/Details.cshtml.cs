using DossierFlow.Application.Common;
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

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostSummaryAsync(Guid id, CancellationToken ct) =>
        RunAsync(() => edit.ChangeSummaryAsync(Actor, id, Revision, Summary, ct), () => Saved(id, "Đã lưu tóm tắt báo cáo."), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? scan, CancellationToken ct)
    {
        if (scan is null || scan.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp báo cáo đã ký cần tải lên.");
        return RunAsync(async () =>
            {
                using var buffer = new MemoryStream();
                await scan!.CopyToAsync(buffer, ct);
                await edit.UploadAsync(Actor, id, new UploadInput(Revision, MovementReport.DocumentKind, Path.GetFileName(scan.FileName), buffer.ToArray()), ct);
            },
            () => Saved(id, $"Đã tải lên \"{Path.GetFileName(scan!.FileName)}\"."), () => LoadAsync(id, ct));
    }

    public Task<IActionResult> OnPostActAsync(Guid id, string action, CancellationToken ct)
    {
        WorkflowActionResult? result = null;
        return RunAsync(async () => result = await edit.HandleAsync(Actor, id, new WorkflowActionInput(action, Revision, OperationId, Comment), ct),
            () => Saved(id, result!.Repeated ? "Thao tác này đã được thực hiện trước đó." : $"Đã thực hiện. Báo cáo chuyển sang bước \"{result.StateTitle}\"."),
            () => LoadAsync(id, ct));
    }

    private IActionResult Saved(Guid id, string message)
    {
        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        try { View = await get.HandleAsync(Actor, id, ct); }
        catch (NotFoundException) { return NotFound(); }
        catch (ForbiddenException e) { return Forbidden(e.Message); }
        Summary ??= View.Report.Summary;
        return Page();
    }
}
