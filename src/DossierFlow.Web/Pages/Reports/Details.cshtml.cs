using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Reports;
using DossierFlow.Application.Reports.Indicators;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Reports;

public sealed class DetailsModel(GetMovementReport get, EditMovementReport edit, GetReportIndicators indicators, EnterReportIndicators enter,
    ImportReportWorkbook import, ReportWorkbookTemplate template, DisciplineRecords discipline, RecordDiscipline record) : AppPageModel
{
    public ReportView? View { get; private set; }
    public ReportIndicatorsView Indicators { get; private set; } = ReportIndicatorsView.None;
    public IReadOnlyList<DisciplineRow> Discipline { get; private set; } = [];

    /// <summary>The indicators as typed, by code: kept when the form is refused, so nothing typed is lost.</summary>
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];
    [BindProperty] public DisciplineForm Sanction { get; set; } = new();

    public sealed class DisciplineForm
    {
        public string? PersonName { get; set; }
        public string? BirthDate { get; set; }
        public string? IdentityNumber { get; set; }
        public string? StaffCode { get; set; }
        public string? Level { get; set; }
        public string? DecidedOn { get; set; }
        public string? DecisionNumber { get; set; }
        public string? Reason { get; set; }
    }

    /// <summary>The unit's clerk records the unit's discipline at any time; the report's indicators only while the unit holds it.</summary>
    public bool CanRecordDiscipline => View is { } view && ActorForView.IsIn(Domain.Access.Roles.UnitClerk) && view.Report.OrganisationId == ActorForView.OrganisationId;

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

    public async Task<IActionResult> OnPostIndicatorsAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var version = await enter.HandleAsync(Actor, id, Revision, Values, ct);
        return Done($"Đã lưu số liệu chỉ tiêu (phiên bản {version}).", new { id });
    }

    public async Task<IActionResult> OnGetTemplateAsync(Guid id, CancellationToken ct)
    {
        var file = await template.HandleAsync(Actor, id, ct);
        return File(file.Content, file.ContentType, Api.DownloadName.Safe(file.FileName));
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? workbook, CancellationToken ct)
    {
        if (workbook is null || workbook.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp .xlsx số liệu cần nhập.");
        ThrowIfInvalid();
        using var buffer = new MemoryStream();
        await workbook!.CopyToAsync(buffer, ct);
        var result = await import.HandleAsync(Actor, id, Revision, Path.GetFileName(workbook.FileName), buffer.ToArray(), ct);
        var parts = new List<string>();
        if (result.Version is { } v) parts.Add($"{result.Indicators} chỉ tiêu (phiên bản {v})");
        if (result.Discipline > 0) parts.Add($"{result.Discipline} quyết định kỷ luật");
        if (result.AlreadyRecorded > 0) parts.Add($"bỏ qua {result.AlreadyRecorded} quyết định kỷ luật đã có");
        return Done($"Đã nhập {string.Join("; ", parts)}.", new { id });
    }

    public async Task<IActionResult> OnPostDisciplineAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var unit = (await get.HandleAsync(Actor, id, ct)).Report.OrganisationId;
        await record.HandleAsync(Actor, unit, new DisciplineInput(Sanction.PersonName, Sanction.BirthDate, Sanction.IdentityNumber, Sanction.StaffCode,
            Sanction.Level, Sanction.DecidedOn, Sanction.DecisionNumber, Sanction.Reason), ct);
        return Done("Đã ghi nhận quyết định kỷ luật.", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, id, ct);
        Summary ??= View.Report.Summary;
        Indicators = await indicators.HandleAsync(Actor, id, ct);
        Discipline = await discipline.HandleAsync(Actor, View.Report.OrganisationId, ct);
        // A refused form shows again as typed; otherwise the latest version.
        if (Values.Count == 0)
            Values = Indicators.Values.ToDictionary(v => v.Key, v => (string?)IndicatorNumbers.Input(v.Value));
    }
}
