using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council;

/// <summary>The council's membership list: add members, let members leave (inactive) or come back.</summary>
public sealed class MembersModel(CouncilMembers members) : AppPageModel
{
    [BindProperty] public string? FullName { get; set; } = "";
    [BindProperty] public string? Position { get; set; } = "";
    [BindProperty] public string? Email { get; set; } = "";
    [BindProperty, Display(Name = "Thứ tự")] public int Order { get; set; } = 99;

    public IReadOnlyList<CouncilMember> List { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => List = await members.ListAsync(Actor, activeOnly: false, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        await members.SaveAsync(Actor, null, new CouncilMemberInput(FullName, Position, Email, null, Order, true), ct);
        return Done($"Đã thêm thành viên {FullName?.Trim()}.");
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        ThrowIfInvalid();
        var name = await members.SetActiveAsync(Actor, id, active, ct);
        return Done($"Đã cập nhật thành viên {name}.");
    }
}
