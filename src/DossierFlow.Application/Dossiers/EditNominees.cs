using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record NomineeInput(NomineeKind Kind, string Name, string? Position, string? Workplace);

/// <summary>
/// The proposing unit's clerk adds and removes nominees. Each call carries the dossier revision the user saw;
/// a stale one is refused by the aggregate and the database (concurrency token).
/// </summary>
public sealed class EditNominees(IAppDb db, TimeProvider clock)
{
    public async Task<Guid> AddAsync(Actor actor, Guid dossierId, int seenRevision, NomineeInput input, CancellationToken ct = default)
    {
        var dossier = await LoadForChangeAsync(actor, dossierId, ct);
        var nominee = dossier.AddNominee(seenRevision, input.Kind, input.Name, input.Position, input.Workplace, clock.GetUtcNow().UtcDateTime);
        return nominee.Id;
    }

    public async Task RemoveAsync(Actor actor, Guid dossierId, int seenRevision, Guid nomineeId, CancellationToken ct = default)
    {
        var dossier = await LoadForChangeAsync(actor, dossierId, ct);
        dossier.RemoveNominee(seenRevision, nomineeId, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<Dossier> LoadForChangeAsync(Actor actor, Guid dossierId, CancellationToken ct)
    {
        actor.RequireAny(Roles.UnitClerk);
        var dossier = await db.Dossiers.Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        // Only the proposing unit edits its own draft, even for users who may read every unit.
        if (dossier.ProposingOrganisationId != actor.OrganisationId)
            throw new ForbiddenException("Bạn không có quyền sửa hồ sơ của đơn vị khác.");
        return dossier;
    }
}
