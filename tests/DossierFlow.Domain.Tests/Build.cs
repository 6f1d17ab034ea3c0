using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Domain.Tests;

/// <summary>Small builders of valid aggregates, so each test states only what it is about.</summary>
internal static class Build
{
    public static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

    public static Organisation Organisation(string code = "SNV", Organisation? parent = null) =>
        Domain.Organisations.Organisation.Create(code, "Sở Nội vụ", "SNV", OrganisationKind.Department, parent,
            ["vanthu.snv@example.gov.vn"], new DateOnly(2020, 1, 1));

    public static AwardType Award() =>
        AwardType.Create("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial,
            "Chủ tịch UBND tỉnh", ["to-trinh", "bien-ban-hoi-dong", "bao-cao-thanh-tich-mau-07"], 1, 1.5m,
            "bang-khen-chu-tich-tinh");

    public static Movement Movement(Organisation participant, AwardType award)
    {
        var movement = Domain.Movements.Movement.Create("Vì người nghèo - Không để ai bị bỏ lại phía sau",
            "146/KH-UBND", new DateOnly(2022, 10, 12), 2021, 2025);
        movement.AddPhase(PhaseKind.Yearly, 2025, "Khen thưởng năm 2025");
        movement.SetParticipants([participant.Id]);
        movement.OfferAwards([award.Id]);
        return movement;
    }
}
