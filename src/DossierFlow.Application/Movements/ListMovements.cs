using DossierFlow.Application.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Movements;

public sealed record MovementRow(Guid Id, string Title, string PlanNumber, DateOnly PlanDate, string Period, int DeadlineCount);

public sealed class ListMovements(IAppDb db) : IUseCase
{
    public async Task<IReadOnlyList<MovementRow>> HandleAsync(CancellationToken ct = default) =>
        (await db.Movements.AsNoTracking().Include(m => m.Deadlines)
            .OrderByDescending(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(ct))
        .Select(m => new MovementRow(m.Id, m.Title, m.PlanNumber, m.PlanDate, m.Period, m.Deadlines.Count)).ToList();
}

/// <summary>A movement with its phases, deadlines, participants and awards, read-only.</summary>
public sealed class GetMovement(IAppDb db) : IUseCase
{
    public async Task<Movement> HandleAsync(Guid id, CancellationToken ct = default) =>
        await db.Movements.AsNoTracking()
            .Include(m => m.Phases).Include(m => m.Deadlines).Include(m => m.Participants).Include(m => m.Awards)
            .FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException("Không tìm thấy phong trào thi đua.");
}
