using DossierFlow.Application.Common;
using DossierFlow.Domain.Awards;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Awards;

/// <summary>The award catalogue, from the unit level up.</summary>
public sealed class ListAwardTypes(IAppDb db) : IUseCase
{
    public async Task<IReadOnlyList<AwardType>> HandleAsync(CancellationToken ct = default) =>
        await db.AwardTypes.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.BonusMultiplier).ToListAsync(ct);
}
