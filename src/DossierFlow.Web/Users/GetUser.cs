using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Users;

public sealed class GetUser(UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<UserInput> HandleAsync(Actor actor, string id)
    {
        actor.RequireAdmin();
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Không tìm thấy người dùng.");
        var locked = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        return new UserInput(user.UserName ?? "", user.Email, user.FullName, user.Position, user.OrganisationId,
            (await users.GetRolesAsync(user)).ToList(), null, locked, user.Signing);
    }
}
