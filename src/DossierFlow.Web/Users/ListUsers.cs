using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Users;

public sealed record UserRow(string Id, string UserName, string FullName, string? Position, string OrganisationName,
    IReadOnlyList<string> Roles, bool Locked, string? DeactivatedReason = null);

public sealed class ListUsers(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Page<UserRow>> HandleAsync(Actor actor, int pageNumber, CancellationToken ct = default)
    {
        actor.RequireAdmin();
        var page = Page<UserRow>.Clamp(pageNumber);
        var now = clock.GetUtcNow();
        var total = await db.Users.CountAsync(ct);
        var users = await (from u in db.Users
                           join o in db.Organisations on u.OrganisationId equals o.Id
                           orderby u.UserName
                           select new { u.Id, u.UserName, u.FullName, u.Position, Organisation = o.Name, u.LockoutEnd, u.DeactivatedReason })
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rows = users.Select(u => new UserRow(u.Id, u.UserName ?? "", u.FullName, u.Position, u.Organisation,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.LockoutEnd is { } end && end > now, u.DeactivatedReason)).ToList();
        return new Page<UserRow>(rows, page, PageSize, total);
    }
}
