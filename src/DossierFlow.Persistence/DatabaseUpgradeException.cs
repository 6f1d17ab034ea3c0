namespace DossierFlow.Persistence;

/// <summary>The database cannot be brought up to date by this release; the message says what to do.</summary>
public sealed class DatabaseUpgradeException(string message) : Exception(message);
