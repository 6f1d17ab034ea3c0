using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Admin.Organisations;

/// <summary>The merger of organisations (sáp nhập): who is absorbed, by whom, from which day, on which legal basis.</summary>
public sealed class MergeModel(MergeOrganisations merge, ListOrganisations list) : AppPageModel
{
    [BindProperty] public MergeForm Form { get; set; } = new();
    public List<SelectListItem> Choices { get; } = [];

    public sealed class MergeForm
    {
        public List<Guid> AbsorbedIds { get; set; } = [];
        public Guid? AbsorbingId { get; set; }
        public string Effective { get; set; } = "";
        public string LegalBasis { get; set; } = "";
        public MergedAccounts Accounts { get; set; } = MergedAccounts.Move;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!VietnameseFormat.TryParseDate(Form.Effective, out var effective))
            ModelState.AddModelError("Form.Effective", "Ngày sáp nhập có hiệu lực phải có dạng dd/MM/yyyy.");
        if (Form.AbsorbingId is null)
            ModelState.AddModelError("Form.AbsorbingId", "Chọn đơn vị tiếp nhận.");
        ThrowIfInvalid();
        var result = await merge.HandleAsync(Actor, new MergeInput(Form.AbsorbedIds, Form.AbsorbingId!.Value, effective, Form.LegalBasis,
            Form.Accounts), ct);
        return Done($"Đã sáp nhập {result.Organisations} đơn vị từ ngày {Form.Effective.Trim()}: chuyển {result.Dossiers} hồ sơ, "
            + $"{result.Reports} báo cáo đang xử lý; {(Form.Accounts == MergedAccounts.Move ? "chuyển" : "khóa")} {result.Accounts} tài khoản.", "Index");
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) =>
        Choices.AddRange((await list.ChoicesAsync(ct)).Select(c => new SelectListItem(c.Name, c.Id.ToString())));
}
