namespace DossierFlow.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Exception.Message"/> is Vietnamese because it is shown to the user
/// as is; <see cref="Code"/> is a stable English key for the API and for tests.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The user acted on a revision of a dossier that someone else has since changed.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException("stale-revision", message);
