using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Users;

public sealed record UserInput(string UserName, string? Email, string FullName, string? Position, Guid OrganisationId,
    IReadOnlyCollection<string> Roles, string? NewPassword, bool Locked, SigningCapacity Signing = SigningCapacity.None);

/// <summary>
/// Creates (id null) or changes a user with their roles. Identity's managers save as they go, inside the unit of
/// work's transaction of the caller, so a refused password or role leaves the account as it was. Admins only; the
/// operator command passes the system actor.
/// </summary>
public sealed class SaveUser(AppDbContext db, UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<string> HandleAsync(Actor actor, string? id, UserInput input, CancellationToken ct = default)
    {
        actor.RequireAdmin();
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, ct))
            throw new DomainException("user-organisation-unknown", "Đơn vị của người dùng không tồn tại.");
        var unknownRole = input.Roles.FirstOrDefault(r => !Domain.Access.Roles.All.Contains(r));
        if (unknownRole is not null) throw new DomainException("user-role-unknown", $"Vai trò \"{unknownRole}\" không tồn tại.");

        await EnsureRolesAsync(roles);
        ApplicationUser user;
        if (id is null)
        {
            if (string.IsNullOrEmpty(input.NewPassword))
                throw new DomainException("user-password-required", "Tài khoản mới phải có mật khẩu.");
            user = new ApplicationUser(input.UserName.Trim(), Blank(input.Email), input.FullName, input.Position, input.OrganisationId, input.Signing);
            Check(await users.CreateAsync(user, input.NewPassword));
        }
        else
        {
            user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Không tìm thấy người dùng.");
            user.ChangeProfile(input.FullName, input.Position, input.OrganisationId, input.Signing);
            Check(await users.SetUserNameAsync(user, input.UserName.Trim()));
            Check(await users.SetEmailAsync(user, Blank(input.Email)));
            if (!string.IsNullOrEmpty(input.NewPassword))
            {
                Check(await users.RemovePasswordAsync(user));
                Check(await users.AddPasswordAsync(user, input.NewPassword));
            }
        }
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(input.Roles).ToList();
        Check(await users.RemoveFromRolesAsync(user, removed));
        Check(await users.AddToRolesAsync(user, input.Roles.Except(current)));
        Check(await users.SetLockoutEndDateAsync(user, input.Locked ? DateTimeOffset.MaxValue : null));
        // A new stamp ends every cookie session of the account at once (the stamp is checked on each request).
        if (id is not null && (input.Locked || removed.Count > 0 || !string.IsNullOrEmpty(input.NewPassword)))
            Check(await users.UpdateSecurityStampAsync(user));
        return user.Id;
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Domain.Access.Roles.All)
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException("user-invalid", string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

internal static class AdminCheck
{
    public static void RequireAdmin(this Actor actor)
    {
        if (!actor.IsIn(Roles.Admin)) throw new ForbiddenException("Chỉ quản trị hệ thống được quản lý người dùng.");
    }
}
