namespace DossierFlow.Domain.Movements;

public enum LatePolicy
{
    /// <summary>A late submission is accepted and marked late everywhere it is shown.</summary>
    AcceptAndMarkLate = 1,
    /// <summary>A late submission is refused.</summary>
    Refuse = 2,
}
