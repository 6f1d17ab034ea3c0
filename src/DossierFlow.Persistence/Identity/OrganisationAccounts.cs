using DossierFlow.Application.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Identity;

/// <summary>
/// Identity's accounts of organisations, changed as tracked entities of the caller's context, so that the unit of
/// work saves them with the merger (Identity's managers would save on their own).
/// </summary>
public sealed class OrganisationAccounts(AppDbContext db, TimeProvider clock) : IOrganisationAccounts
{
    public async Task<IReadOnlyList<OrganisationAccount>> ActiveAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // SQLite cannot compare DateTimeOffset columns, so the lock is judged here (an organisation has few accounts).
        var users = (await db.Users.AsNoTracking().Where(u => organisationIds.Contains(u.OrganisationId))
            .Select(u => new { u.Id, u.UserName, u.OrganisationId, u.LockoutEnabled, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => !(u.LockoutEnabled && u.LockoutEnd > now)).ToList();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles where ids.Contains(ur.UserId)
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return users.Select(u => new OrganisationAccount(u.Id, u.UserName ?? "", u.OrganisationId,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet())).ToList();
    }

    public async Task<int> MoveAsync(Guid from, Guid to, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.OrganisationId == from).ToListAsync(ct);
        foreach (var user in users) user.MoveTo(to);
        return users.Count;
    }

    public async Task<int> DeactivateAsync(Guid organisationId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.Where(u => u.OrganisationId == organisationId).ToListAsync(ct);
        var active = users.Where(u => !(u.LockoutEnabled && u.LockoutEnd > now)).ToList();
        foreach (var user in active) user.Deactivate(reason);
        return active.Count;
    }
}
