using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Movements;

public sealed record MovementInput(string Title, string PlanNumber, DateOnly PlanDate, int StartYear, int EndYear,
    IReadOnlyCollection<Guid> ParticipantIds, IReadOnlyCollection<Guid> AwardTypeIds);

/// <summary>Creates (id null) or changes a movement's title, plan, period, participants and awards. Admins only.</summary>
public sealed class SaveMovement(IAppDb db) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, Guid? id, MovementInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        input = input with { ParticipantIds = input.ParticipantIds.Distinct().ToList(), AwardTypeIds = input.AwardTypeIds.Distinct().ToList() };
        var unknownOrganisations = input.ParticipantIds.Count
            - await db.Organisations.CountAsync(o => input.ParticipantIds.Contains(o.Id), ct);
        if (unknownOrganisations > 0)
            throw new DomainException("movement-participant-unknown", "Có đơn vị tham gia không tồn tại.");
        if (input.AwardTypeIds.Count - await db.AwardTypes.CountAsync(a => input.AwardTypeIds.Contains(a.Id), ct) > 0)
            throw new DomainException("movement-award-unknown", "Có hình thức khen thưởng không tồn tại.");

        Movement movement;
        if (id is null)
        {
            movement = Movement.Create(input.Title, input.PlanNumber, input.PlanDate, input.StartYear, input.EndYear);
            db.Movements.Add(movement);
        }
        else
        {
            movement = await MovementForChange.LoadAsync(db, id.Value, ct);
            movement.Update(input.Title, input.PlanNumber, input.PlanDate, input.StartYear, input.EndYear);
        }
        movement.SetParticipants(input.ParticipantIds);
        movement.OfferAwards(input.AwardTypeIds);
        return movement.Id;
    }
}
