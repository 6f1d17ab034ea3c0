using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Publicity;

public sealed record AwardPublicityRow(Guid AwardTypeId, string Name, AwardLevel Level, bool PublicConsultation, bool PublishDecisions);

/// <summary>The award catalogue with what the public page shows of each (the catalogue is a few dozen rows).</summary>
public sealed class ListAwardPublicity(IAppDb db) : IUseCase
{
    public async Task<IReadOnlyList<AwardPublicityRow>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        return await db.AwardTypes.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Name)
            .Select(a => new AwardPublicityRow(a.Id, a.Name, a.Level, a.PublicConsultation, a.PublishDecisions)).ToListAsync(ct);
    }
}

/// <summary>The administrator sets, per award type, whether its dossiers go to public consultation and its decisions are published.</summary>
public sealed class SetAwardPublicity(IAppDb db) : IUseCase
{
    public async Task HandleAsync(Actor actor, Guid awardTypeId, bool consultation, bool decisions, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var award = await db.AwardTypes.FirstOrDefaultAsync(a => a.Id == awardTypeId, ct) ?? throw new NotFoundException("Không tìm thấy hình thức khen thưởng.");
        award.SetPublicity(consultation, decisions);
    }
}
