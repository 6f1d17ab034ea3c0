using DossierFlow.Application.Common;
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
    [BindProperty] public int Order { get; set; } = 99;

    public IReadOnlyList<CouncilMember> List { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try { List = await members.ListAsync(Actor, activeOnly: false, ct); }
        catch (ForbiddenException e) { return Forbidden(e.Message); }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(() => members.SaveAsync(Actor, null, new CouncilMemberInput(FullName, Position, Email, null, Order, true), ct),
            () => { TempData["Message"] = $"Đã thêm thành viên {FullName?.Trim()}."; return RedirectToPage(); },
            async () => { List = await members.ListAsync(Actor, activeOnly: false, ct); return Page(); });

    public Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var name = "";
        return RunAsync(async () => name = await members.SetActiveAsync(Actor, id, active, ct),
            () => { TempData["Message"] = $"Đã cập nhật thành viên {name}."; return RedirectToPage(); },
            async () => { List = await members.ListAsync(Actor, activeOnly: false, ct); return Page(); });
    }
}
