using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// Takes the next dossier code ("HS-2026-000123") from the same atomic counters as document numbers, under an
/// issuer no organisation can have (organisation codes have no "#"), so concurrent creations never share one and
/// a creation that fails gives its number back with the rest of its transaction.
/// </summary>
public static class DossierCodes
{
    public const string CounterIssuer = "#dossier";

    public static async Task<string> NextAsync(IDocumentNumbers numbers, TimeProvider clock, CancellationToken ct)
    {
        var year = VietnameseFormat.Today(clock).Year;
        return Dossier.FormatCode(year, await numbers.NextAsync(CounterIssuer, Dossier.CodePrefix, year, ct));
    }
}
