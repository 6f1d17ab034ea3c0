using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Admin.Organisations;

public sealed class EditModel(SaveOrganisation save, GetOrganisation get, ListOrganisations list) : AppPageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();
    public List<SelectListItem> Choices { get; } = [];
    public bool IsNew { get; private set; }

    public sealed class OrganisationForm
    {
        [Required(ErrorMessage = "Mã đơn vị là bắt buộc.")] public string Code { get; set; } = "";
        [Required(ErrorMessage = "Tên đơn vị là bắt buộc.")] public string Name { get; set; } = "";
        [Required(ErrorMessage = "Ký hiệu viết tắt là bắt buộc.")] public string ShortCode { get; set; } = "";
        public OrganisationKind Kind { get; set; } = OrganisationKind.Department;
        public Guid? ParentId { get; set; }
        public string? ContactEmails { get; set; }
        [Required(ErrorMessage = "Ngày bắt đầu hiệu lực là bắt buộc (dd/MM/yyyy).")] public string ValidFrom { get; set; } = "";
        public string? ValidTo { get; set; }
        public Guid? SuccessorId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var o = await get.HandleAsync(existing, ct);
            Form = new OrganisationForm
            {
                Code = o.Code, Name = o.Name, ShortCode = o.ShortCode, Kind = o.Kind, ParentId = o.ParentId,
                ContactEmails = string.Join("; ", o.ContactEmails), ValidFrom = VietnameseFormat.Date(o.ValidFrom),
                ValidTo = o.ValidTo is { } to ? VietnameseFormat.Date(to) : null, SuccessorId = o.SuccessorId,
            };
        }
        else Form.ValidFrom = VietnameseFormat.Date(new DateOnly(DateTime.UtcNow.Year, 1, 1));
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        var input = ToInput();
        ThrowIfInvalid();
        await save.HandleAsync(Actor, id, input, ct);
        return Done($"Đã lưu đơn vị \"{Form.Name.Trim()}\".", "Index");
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    private OrganisationInput ToInput()
    {
        DateOnly? validTo = null;
        if (!VietnameseFormat.TryParseDate(Form.ValidFrom, out var validFrom))
            ModelState.AddModelError("Form.ValidFrom", "Ngày bắt đầu hiệu lực phải có dạng dd/MM/yyyy.");
        if (!string.IsNullOrWhiteSpace(Form.ValidTo))
        {
            if (VietnameseFormat.TryParseDate(Form.ValidTo, out var to)) validTo = to;
            else ModelState.AddModelError("Form.ValidTo", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy.");
        }
        var emails = (Form.ContactEmails ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OrganisationInput(Form.Code, Form.Name, Form.ShortCode, Form.Kind, Form.ParentId, emails, validFrom, validTo, Form.SuccessorId);
    }

    private async Task LoadChoicesAsync(CancellationToken ct) =>
        Choices.AddRange((await list.ChoicesAsync(ct)).Select(c => new SelectListItem(c.Name, c.Id.ToString())));
}
