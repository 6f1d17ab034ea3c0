using DossierFlow.Web.Api;
using DossierFlow.Application.Workflows;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

public sealed class DetailsModel(GetDossier get, EditNominees edit, TakeDossierAction act, UploadDocument upload, DownloadDocument download,
    ExportDossierBundle bundle, ExportNomineeList nomineeList, DownloadNomineeTemplate template, ImportNominees import,
    MarkDocumentSigned markSigned, IPdfConverter pdf) : AppPageModel
{
    public DossierView? View { get; private set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public NomineeFields Nominee { get; set; } = new();

    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public bool CriteriaConfirmed { get; set; }

    /// <summary>A fresh id per rendering: a double click or a resent form carries the same id and acts once.</summary>
    public Guid NewOperationId { get; } = Guid.NewGuid();

    public bool CanEdit => View is { Dossier.IsEditable: true } view
        && ActorForView.IsIn(Domain.Access.Roles.UnitClerk) && view.Dossier.ProposingOrganisationId == ActorForView.OrganisationId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, id, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => View = await get.HandleAsync(Actor, RouteGuid(), ct);

    public async Task<IActionResult> OnPostAddNomineeAsync(Guid id, CancellationToken ct)
    {
        var details = Nominee.ToDetails(ModelState, nameof(Nominee));
        ThrowIfInvalid();
        await edit.AddAsync(Actor, id, Revision, details, ct);
        return Done($"Đã thêm \"{Nominee.Name.Trim()}\" vào hồ sơ.", new { id });
    }

    public Task<IActionResult> OnGetTemplateAsync(Guid id, CancellationToken ct) => ExportAsync(() => template.HandleAsync(Actor, id, ct));

    public async Task<IActionResult> OnPostImportNomineesAsync(Guid id, IFormFile? sheet, CancellationToken ct)
    {
        ModelState.Clear();
        if (sheet is null || sheet.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp danh sách đối tượng (.xlsx) cần nhập.");
        else if (sheet.Length > NomineeSheet.MaxBytes) ModelState.AddModelError("", $"Tệp lớn hơn giới hạn {NomineeSheet.MaxBytes / 1024 / 1024} MB của danh sách đối tượng.");
        ThrowIfInvalid();
        using var buffer = new MemoryStream();
        await sheet!.CopyToAsync(buffer, ct);
        var result = await import.HandleAsync(Actor, id, Revision, Path.GetFileName(sheet.FileName), buffer.ToArray(), ct);
        return Done($"Đã nhập danh sách: thêm {result.Added}, cập nhật {result.Updated} đối tượng.", new { id });
    }

    public async Task<IActionResult> OnPostMarkSignedAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        ModelState.Clear();
        await markSigned.HandleAsync(Actor, id, Revision, documentId, ct);
        return Done("Đã đánh dấu văn bản đã ký.", new { id });
    }

    public async Task<IActionResult> OnPostRemoveNomineeAsync(Guid id, Guid nomineeId, CancellationToken ct)
    {
        ModelState.Clear(); // the add-nominee form is not part of this post
        await edit.RemoveAsync(Actor, id, Revision, nomineeId, ct);
        return Done("Đã xóa đối tượng khỏi hồ sơ.", new { id });
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, string action, CancellationToken ct)
    {
        ModelState.Clear(); // the nominee form is not part of this post
        var result = await act.HandleAsync(Actor, id, new WorkflowActionInput(action, Revision, OperationId, Comment, CriteriaConfirmed), ct);
        return Done(result.Repeated
            ? "Thao tác này đã được thực hiện trước đó; hồ sơ không thay đổi thêm."
            : $"Đã thực hiện. Hồ sơ chuyển sang bước \"{result.StateTitle}\".", new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, string kind, Guid? nomineeId, IFormFile? scan, CancellationToken ct)
    {
        ModelState.Clear();
        if (scan is null || scan.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp bản quét cần tải lên.");
        ThrowIfInvalid();
        using var buffer = new MemoryStream();
        await scan!.CopyToAsync(buffer, ct);
        await upload.HandleAsync(Actor, id, new UploadInput(Revision, kind, Path.GetFileName(scan.FileName), buffer.ToArray(), nomineeId), ct);
        return Done($"Đã tải lên \"{Path.GetFileName(scan.FileName)}\".", new { id });
    }

    public Task<IActionResult> OnGetDownloadAsync(Guid id, Guid documentId, CancellationToken ct) =>
        ExportAsync(() => download.HandleAsync(Actor, id, documentId, ct));

    /// <summary>The document as PDF, shown in the browser (a Word document converted by LibreOffice).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid documentId, CancellationToken ct) =>
        Preview(await pdf.AsPdfAsync(await download.HandleAsync(Actor, id, documentId, ct), ct));

    /// <summary>Why the PDF links cannot work on this server (LibreOffice missing), in Vietnamese; null when they can.</summary>
    public string? PdfUnavailable => pdf.Unavailable;


    public Task<IActionResult> OnGetBundleAsync(Guid id, CancellationToken ct) => ExportAsync(() => bundle.HandleAsync(Actor, id, ct));

    public Task<IActionResult> OnGetNomineesAsync(Guid id, CancellationToken ct) => ExportAsync(() => nomineeList.HandleAsync(Actor, id, ct));

    private async Task<IActionResult> ExportAsync(Func<Task<ExportFile>> export)
    {
        var file = await export();
        return File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
    }
}
