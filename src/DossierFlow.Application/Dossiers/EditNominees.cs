using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// The proposing unit's clerk adds, changes and removes nominees. Each call carries the dossier revision the user saw;
/// a stale one is refused by the aggregate and the database (concurrency token).
/// </summary>
public sealed class EditNominees(IAppDb db, TimeProvider clock)
{
    public async Task<Guid> AddAsync(Actor actor, Guid dossierId, int seenRevision, NomineeDetails input, CancellationToken ct = default)
    {
        var dossier = await LoadForChangeAsync(db, actor, dossierId, ct);
        var nominee = dossier.AddNominee(seenRevision, input, VietnameseFormat.Today(clock), clock.GetUtcNow().UtcDateTime);
        return nominee.Id;
    }

    public async Task ChangeAsync(Actor actor, Guid dossierId, int seenRevision, Guid nomineeId, NomineeDetails input, CancellationToken ct = default)
    {
        var dossier = await LoadForChangeAsync(db, actor, dossierId, ct);
        dossier.ChangeNominee(seenRevision, nomineeId, input, VietnameseFormat.Today(clock), clock.GetUtcNow().UtcDateTime);
    }

    public async Task RemoveAsync(Actor actor, Guid dossierId, int seenRevision, Guid nomineeId, CancellationToken ct = default)
    {
        var dossier = await LoadForChangeAsync(db, actor, dossierId, ct);
        dossier.RemoveNominee(seenRevision, nomineeId, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The dossier with its nominees and documents, if the actor is a clerk of the proposing unit.</summary>
    internal static async Task<Dossier> LoadForChangeAsync(IAppDb db, Actor actor, Guid dossierId, CancellationToken ct)
    {
        actor.RequireAny(Roles.UnitClerk);
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        // Only the proposing unit edits its own draft, even for users who may read every unit.
        if (dossier.ProposingOrganisationId != actor.OrganisationId)
            throw new ForbiddenException("Bạn không có quyền sửa hồ sơ của đơn vị khác.");
        return dossier;
    }
}
