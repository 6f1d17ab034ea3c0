using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Movements;

namespace DossierFlow.Application.Movements;

/// <param name="Year">Null for a deadline that recurs every year of the period.</param>
/// <param name="ReminderDays">Days before the due date to remind on; null for the default 14, 7, 3, 1.</param>
public sealed record DeadlineInput(string Code, string Title, int Month, int Day, int? Year, LatePolicy LatePolicy, IReadOnlyCollection<int>? ReminderDays = null);

/// <summary>Adds, changes and removes a movement's named deadlines. Admins only.</summary>
public sealed class EditDeadlines(IAppDb db)
{
    public async Task AddAsync(Actor actor, Guid movementId, DeadlineInput input, CancellationToken ct = default)
    {
        var movement = await LoadAsync(actor, movementId, ct);
        movement.AddDeadline(input.Code, input.Title, input.Month, input.Day, input.Year, input.LatePolicy, input.ReminderDays);
    }

    public async Task ChangeAsync(Actor actor, Guid movementId, Guid deadlineId, DeadlineInput input, CancellationToken ct = default)
    {
        var movement = await LoadAsync(actor, movementId, ct);
        movement.ChangeDeadline(deadlineId, input.Title, input.Month, input.Day, input.Year, input.LatePolicy, input.ReminderDays);
    }

    public async Task RemoveAsync(Actor actor, Guid movementId, Guid deadlineId, CancellationToken ct = default)
    {
        var movement = await LoadAsync(actor, movementId, ct);
        movement.RemoveDeadline(deadlineId);
    }

    public async Task AddPhaseAsync(Actor actor, Guid movementId, PhaseKind kind, int year, string title, CancellationToken ct = default)
    {
        var movement = await LoadAsync(actor, movementId, ct);
        movement.AddPhase(kind, year, title);
    }

    private Task<Movement> LoadAsync(Actor actor, Guid movementId, CancellationToken ct)
    {
        actor.RequireAny(Roles.Admin);
        return MovementForChange.LoadAsync(db, movementId, ct);
    }
}
