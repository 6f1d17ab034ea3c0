using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// The one name a dossier goes by in mails and receipts, so that two dossiers of a unit can be told apart there.
/// Until dossiers carry their readable code it is the tail of the dossier's id, which (unlike the head of a
/// version 7 id, a timestamp) differs between dossiers created together; when the code exists, this returns it.
/// </summary>
public static class DossierMailName
{
    public static string Of(Dossier dossier) => $"HS-{dossier.Id.ToString("N")[^8..].ToUpperInvariant()}";
}
