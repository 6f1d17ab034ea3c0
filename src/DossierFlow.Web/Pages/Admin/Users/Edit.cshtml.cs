using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Organisations;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Admin.Users;

public sealed class EditModel(SaveUser save, GetUser get, ListOrganisations organisations) : AppPageModel
{
    [BindProperty] public UserForm Form { get; set; } = new();
    public List<SelectListItem> OrganisationChoices { get; } = [];
    public bool IsNew { get; private set; }

    public sealed class UserForm
    {
        [Required(ErrorMessage = "Tên đăng nhập là bắt buộc.")] public string UserName { get; set; } = "";
        public string? Email { get; set; }
        [Required(ErrorMessage = "Họ và tên là bắt buộc.")] public string FullName { get; set; } = "";
        public string? Position { get; set; }
        public Domain.Access.SigningCapacity Signing { get; set; }
        [Required(ErrorMessage = "Vui lòng chọn đơn vị.")] public Guid? OrganisationId { get; set; }
        public List<string> Roles { get; set; } = [];
        public string? NewPassword { get; set; }
        public bool Locked { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is not null)
        {
            var u = await get.HandleAsync(Actor, id);
            Form = new UserForm
            {
                UserName = u.UserName, Email = u.Email, FullName = u.FullName, Position = u.Position,
                OrganisationId = u.OrganisationId, Roles = u.Roles.ToList(), Locked = u.Locked, Signing = u.Signing,
            };
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken ct)
    {
        IsNew = id is null;
        ThrowIfInvalid();
        await save.HandleAsync(Actor, id, new UserInput(Form.UserName, Form.Email, Form.FullName, Form.Position, Form.OrganisationId ?? Guid.Empty,
            Form.Roles, Form.NewPassword, Form.Locked, Form.Signing), ct);
        return Done($"Đã lưu người dùng \"{Form.UserName.Trim()}\".", "Index");
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    private async Task LoadChoicesAsync(CancellationToken ct) =>
        OrganisationChoices.AddRange((await organisations.ChoicesAsync(ct)).Select(c => new SelectListItem(c.Name, c.Id.ToString())));
}
