using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;

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

    /// <summary>A small provincial workflow: drafting → submitted → appraising → awarded / refused, with a return.</summary>
    public static WorkflowDefinition Workflow(int version = 1) => new("bang-khen-chu-tich-tinh", version, "Bằng khen", null, "drafting",
        new Dictionary<string, StateDefinition>
        {
            ["drafting"] = new("drafting", "Đơn vị lập hồ sơ", "proposing-unit", false, null),
            ["returned"] = new("returned", "Trả lại để bổ sung", "proposing-unit", false, null),
            ["submitted"] = new("submitted", "Đã trình Sở Nội vụ", "home-affairs", false, 3),
            ["appraising"] = new("appraising", "Sở Nội vụ thẩm định", "home-affairs", false, 25),
            ["awarded"] = new("awarded", "Đã khen thưởng", null, true, null),
            ["refused"] = new("refused", "Không khen thưởng", null, true, null),
        },
        [
            new("submit", "Trình Sở Nội vụ", ["drafting", "returned"], "submitted", ["unit-leader"],
                [new(Vocabulary.HasNominees, null), new(Vocabulary.DeadlineOpen, "dossier-submission")], false, ClockChange.None, []),
            new("receive", "Tiếp nhận", ["submitted"], "appraising", ["home-affairs-clerk"], [], false, ClockChange.Start, []),
            new("return", "Trả lại để bổ sung", ["submitted", "appraising"], "returned", ["home-affairs-reviewer"], [], true, ClockChange.Pause, ["proposing-unit"]),
            new("decide", "Quyết định", ["appraising"], "awarded", ["chairman"], [new(Vocabulary.CriteriaEvaluated, null)], false, ClockChange.Stop, []),
            new("refuse", "Không khen", ["appraising"], "refused", ["home-affairs-reviewer"], [], true, ClockChange.Stop, []),
        ]);

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
