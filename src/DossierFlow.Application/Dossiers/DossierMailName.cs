using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

/// <summary>The one name a dossier goes by in mails, digests and receipts: its readable code ("HS-2026-000123").</summary>
public static class DossierMailName
{
    public static string Of(Dossier dossier) => dossier.Code;
}
