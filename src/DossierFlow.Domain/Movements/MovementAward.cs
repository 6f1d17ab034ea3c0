namespace DossierFlow.Domain.Movements;

/// <summary>An award type the movement offers.</summary>
public sealed class MovementAward
{
    private MovementAward() { }
    internal MovementAward(Guid awardTypeId) => AwardTypeId = awardTypeId;
    public Guid AwardTypeId { get; private set; }
}
