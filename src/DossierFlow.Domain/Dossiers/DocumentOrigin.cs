namespace DossierFlow.Domain.Dossiers;

/// <summary>Where a version of a document came from, which decides whether it counts as signed when it is added.</summary>
public enum DocumentOrigin
{
    /// <summary>A file the unit uploaded: the scan of the signed paper.</summary>
    SignedScan,
    /// <summary>Generated without a number: a draft, never signed.</summary>
    Draft,
    /// <summary>Generated with its number: signed once the unit marks it so.</summary>
    Numbered,
}
