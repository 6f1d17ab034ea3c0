namespace DossierFlow.Domain.Dossiers;

/// <summary>Giới tính of an individual nominee (the forms ask for it; collectives and households have none).</summary>
public enum NomineeGender
{
    /// <summary>Nam.</summary>
    Male = 1,
    /// <summary>Nữ.</summary>
    Female = 2,
}
