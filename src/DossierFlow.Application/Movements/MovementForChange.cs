using DossierFlow.Application.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Movements;

internal static class MovementForChange
{
    /// <summary>Loads the whole aggregate tracked, so its guarded methods see every phase and deadline.</summary>
    public static async Task<Movement> LoadAsync(IAppDb db, Guid id, CancellationToken ct) =>
        await db.Movements
            .Include(m => m.Phases).Include(m => m.Deadlines).Include(m => m.Participants).Include(m => m.Awards)
            .FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
}
