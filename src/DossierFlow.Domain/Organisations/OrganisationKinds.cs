using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Organisations;

/// <summary>
/// How long a kind of organisation can exist. The district level (cấp huyện) ended with the two-level local
/// government of 01/07/2025, so a district People's Committee is valid only up to 30/06/2025 (docs/legal-basis.md §4).
/// </summary>
public static class OrganisationKinds
{
    /// <summary>The last day district-level People's Committees acted.</summary>
    public static readonly DateOnly EndOfDistrictLevel = new(2025, 6, 30);

    /// <summary>The last day an organisation of this kind can be valid, or null when the kind has no end.</summary>
    public static DateOnly? LastDay(OrganisationKind kind) =>
        kind == OrganisationKind.DistrictPeopleCommittee ? EndOfDistrictLevel : null;

    /// <summary>Refuses a kind for an organisation that begins after the kind's last day.</summary>
    public static void CheckValidFrom(OrganisationKind kind, DateOnly validFrom)
    {
        if (LastDay(kind) is { } last && validFrom > last)
            throw new DomainException("organisation-kind-ended",
                $"Từ ngày {last.AddDays(1):dd/MM/yyyy} không còn đơn vị hành chính cấp huyện; không thể tạo hoặc chuyển đơn vị có hiệu lực từ ngày {validFrom:dd/MM/yyyy} thành UBND cấp huyện.");
    }
}
