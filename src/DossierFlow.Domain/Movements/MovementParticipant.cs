namespace DossierFlow.Domain.Movements;

/// <summary>An organisation that must report on the movement and may propose nominees.</summary>
public sealed class MovementParticipant
{
    private MovementParticipant() { }
    internal MovementParticipant(Guid organisationId) => OrganisationId = organisationId;
    public Guid OrganisationId { get; private set; }
}
