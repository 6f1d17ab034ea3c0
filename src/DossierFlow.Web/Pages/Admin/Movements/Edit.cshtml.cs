using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Awards;
using DossierFlow.Application.Common;
using DossierFlow.Application.Movements;
using DossierFlow.Application.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Admin.Movements;

public sealed class EditModel(SaveMovement save, GetMovement get, ListOrganisations organisations, ListAwardTypes awards) : AppPageModel
{
    [BindProperty] public MovementForm Form { get; set; } = new();
    public List<SelectListItem> OrganisationChoices { get; } = [];
    public List<SelectListItem> AwardChoices { get; } = [];
    public bool IsNew { get; private set; }

    public sealed class MovementForm
    {
        [Required(ErrorMessage = "Tên phong trào là bắt buộc.")] public string Title { get; set; } = "";
        [Required(ErrorMessage = "Số, ký hiệu kế hoạch là bắt buộc.")] public string PlanNumber { get; set; } = "";
        [Required(ErrorMessage = "Ngày ban hành kế hoạch là bắt buộc (dd/MM/yyyy).")] public string PlanDate { get; set; } = "";
        [Range(2000, 2100, ErrorMessage = "Năm bắt đầu không hợp lệ.")] public int StartYear { get; set; } = DateTime.UtcNow.Year;
        [Range(2000, 2100, ErrorMessage = "Năm kết thúc không hợp lệ.")] public int EndYear { get; set; } = DateTime.UtcNow.Year + 4;
        public List<Guid> ParticipantIds { get; set; } = [];
        public List<Guid> AwardTypeIds { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var m = await get.HandleAsync(existing, ct);
            Form = new MovementForm
            {
                Title = m.Title, PlanNumber = m.PlanNumber, PlanDate = VietnameseFormat.Date(m.PlanDate),
                StartYear = m.StartYear, EndYear = m.EndYear,
                ParticipantIds = m.Participants.Select(p => p.OrganisationId).ToList(),
                AwardTypeIds = m.Awards.Select(a => a.AwardTypeId).ToList(),
            };
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (!VietnameseFormat.TryParseDate(Form.PlanDate, out var planDate))
            ModelState.AddModelError("Form.PlanDate", "Ngày ban hành kế hoạch phải có dạng dd/MM/yyyy.");
        ThrowIfInvalid();
        var savedId = await save.HandleAsync(Actor, id, new MovementInput(Form.Title, Form.PlanNumber, planDate,
            Form.StartYear, Form.EndYear, Form.ParticipantIds, Form.AwardTypeIds), ct);
        return Done("Đã lưu phong trào.", "Details", new { id = savedId });
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        OrganisationChoices.AddRange((await organisations.ChoicesAsync(ct)).Select(c => new SelectListItem(c.Name, c.Id.ToString())));
        AwardChoices.AddRange((await awards.HandleAsync(ct)).Select(a => new SelectListItem(a.Name, a.Id.ToString())));
    }
}
