namespace DossierFlow.Domain.Dossiers;

public enum NomineeKind
{
    /// <summary>Cá nhân.</summary>
    Individual = 1,
    /// <summary>Tập thể.</summary>
    Collective = 2,
    /// <summary>Hộ gia đình.</summary>
    Household = 3,
}
