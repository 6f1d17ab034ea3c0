using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council;

public sealed record CouncilMemberInput(string? FullName, string? Position, string? Email, string? UserId, int Order, bool Active);

/// <summary>The membership list of the provincial council, kept by the council secretary (or an administrator).</summary>
public sealed class CouncilMembers(IAppDb db)
{
    public async Task<IReadOnlyList<CouncilMember>> ListAsync(Actor actor, bool activeOnly, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary, Roles.Admin);
        var members = db.CouncilMembers.AsNoTracking();
        if (activeOnly) members = members.Where(m => m.Active);
        return await members.OrderBy(m => m.Order).ThenBy(m => m.FullName).ToListAsync(ct);
    }

    /// <summary>A member leaves the council (inactive) or comes back; returns the member's name.</summary>
    public async Task<string> SetActiveAsync(Actor actor, Guid id, bool active, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary, Roles.Admin);
        var member = await db.CouncilMembers.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy thành viên.");
        member.SetActive(active);
        return member.FullName;
    }

    /// <summary>
    /// Adds a member (no id) or changes one; nothing is deleted, a member who leaves is made inactive. A linked
    /// account must exist, since it decides who may read the dossiers of the member's sessions.
    /// </summary>
    public async Task<Guid> SaveAsync(Actor actor, Guid? id, CouncilMemberInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary, Roles.Admin);
        CouncilMember member;
        // An over-long id is not looked up: the member refuses it by its length.
        if (input.UserId?.Trim() is { Length: > 0 } account && account.Length <= TextLimits.AccountId && !await db.AccountExistsAsync(account, ct))
            throw new DomainException("member-account-unknown", "Không có tài khoản DossierFlow nào với mã đã chọn để liên kết với thành viên.");
        if (id is { } existing)
        {
            member = await db.CouncilMembers.FirstOrDefaultAsync(m => m.Id == existing, ct) ?? throw new NotFoundException("Không tìm thấy thành viên.");
            member.Change(input.FullName ?? "", input.Position ?? "", input.Email ?? "", input.UserId, input.Order);
        }
        else
        {
            member = CouncilMember.Create(input.FullName ?? "", input.Position ?? "", input.Email ?? "", input.UserId, input.Order);
            db.CouncilMembers.Add(member);
        }
        member.SetActive(input.Active);
        return member.Id;
    }
}
