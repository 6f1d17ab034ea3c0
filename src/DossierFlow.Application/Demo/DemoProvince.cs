using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Demo;

/// <summary>
/// Seeds the demo province, thành phố Cần Thơ after the 2025 reorganisation (<see cref="DemoOrganisations"/>): its
/// organisations and Sóc Trăng's former ones, ended by the 2025 mergers, the award catalogue, Sóc Trăng's movement
/// "Vì người nghèo - Không để ai bị bỏ lại phía sau" 2021 - 2025 with its deadlines, a sample yearly movement of the
/// merged city for the current year (so the demo has deadlines around today), and a few open dossiers of the city's
/// units. <see cref="DemoHistory"/> adds the mergers' records and Sóc Trăng's finished dossiers (tables a database of
/// the previous release lacks, which tests seed this seeder into). Users are seeded by the web project, which owns
/// Identity. Seeding an already seeded database does nothing.
/// </summary>
public sealed class DemoProvince(IAppDb db, TimeProvider clock, WorkflowCatalog workflows, Forms.IDocumentNumbers numbers)
{
    public const string ProvinceCode = DemoOrganisations.Province;
    /// <summary>Sóc Trăng's plan for the 2021 - 2025 movement.</summary>
    public const string PlanNumber = "146/KH-UBND";

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(o => o.Code == ProvinceCode, ct)) return false;

        var organisations = SeedOrganisations();
        var awards = SeedAwards();
        var movement = SeedMovement(organisations, awards);
        // The 2025 mergers end Sóc Trăng's units with their successors; DemoHistory records them and their dossiers.
        foreach (var merger in DemoOrganisations.Mergers)
            organisations[merger.Absorbed].MergeInto(organisations[merger.Absorbing], merger.Effective);
        SeedYearMovement(organisations, awards);
        await SeedDossiersAsync(movement, organisations, awards, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Id of the organisation with the given demo code (for seeding users).</summary>
    public async Task<Guid> OrganisationIdAsync(string code, CancellationToken ct = default) =>
        await db.Organisations.Where(o => o.Code == code).Select(o => o.Id).FirstAsync(ct);

    private Dictionary<string, Organisation> SeedOrganisations()
    {
        var byCode = new Dictionary<string, Organisation>();
        foreach (var entry in DemoOrganisations.All)
        {
            var organisation = Organisation.Create(entry.Code, entry.Name, entry.ShortCode, entry.Kind,
                entry.Parent is null ? null : byCode[entry.Parent], [entry.Email], entry.ValidFrom ?? new DateOnly(2020, 1, 1));
            byCode[entry.Code] = organisation;
            db.Organisations.Add(organisation);
        }
        return byCode;
    }

    private Dictionary<string, AwardType> SeedAwards()
    {
        string[] provincialSet = ["to-trinh", "bien-ban-hoi-dong", "bao-cao-thanh-tich-mau-07"];
        // Multipliers of lương cơ sở per NĐ 152/2025; copies of national awards as under NĐ 91/2017 (docs/legal-basis.md §5).
        AwardType[] awards =
        [
            AwardType.Create("giay-khen", "Giấy khen", AwardLevel.Unit, "Thủ trưởng cơ quan, đơn vị", provincialSet, 1, 0.3m, "giay-khen"),
            AwardType.Create("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial,
                "Chủ tịch UBND tỉnh", provincialSet, 1, 1.5m, "bang-khen-chu-tich-tinh"),
            AwardType.Create("bang-khen-thu-tuong", "Bằng khen của Thủ tướng Chính phủ", AwardLevel.National,
                "Thủ tướng Chính phủ", provincialSet, 3, 3.0m, "khen-thuong-cap-nha-nuoc"),
            AwardType.Create("huan-chuong-lao-dong-hang-ba", "Huân chương Lao động hạng Ba", AwardLevel.National,
                "Chủ tịch nước", provincialSet, 4, 4.5m, "khen-thuong-cap-nha-nuoc"),
        ];
        db.AwardTypes.AddRange(awards);
        return awards.ToDictionary(a => a.Code);
    }

    private Movement SeedMovement(Dictionary<string, Organisation> organisations, Dictionary<string, AwardType> awards)
    {
        var movement = Movement.Create("Vì người nghèo - Không để ai bị bỏ lại phía sau", PlanNumber,
            new DateOnly(2022, 10, 12), 2021, 2025);
        for (var year = 2021; year <= 2025; year++) movement.AddPhase(PhaseKind.Yearly, year, $"Khen thưởng năm {year}");
        movement.AddPhase(PhaseKind.Interim, 2023, "Sơ kết giai đoạn 2021 - 2023");
        movement.AddPhase(PhaseKind.Final, 2025, "Tổng kết giai đoạn 2021 - 2025");
        // Kế hoạch 146/KH-UBND §VI.7: units report to Sở Nội vụ before 01/12 each year. 15/12 is the yearly report date
        // of Trà Vinh's 2022 plan, used here as the demo's dossier deadline so that both dates the customer named are present.
        // The two late policies are both shown: a late report is refused, a late dossier is accepted and marked late
        // (the movement's own years are past, so the demo dossiers can still travel, marked "Nộp muộn").
        movement.AddDeadline("unit-report", "Báo cáo kết quả thực hiện phong trào hằng năm", 12, 1, null, LatePolicy.Refuse);
        movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng", 12, 15, null, LatePolicy.AcceptAndMarkLate);
        // Sóc Trăng's units, and the city's that took over their part from 01/07/2025 (as a merger adds them).
        movement.SetParticipants(Participants(organisations.Values).Select(o => o.Id));
        movement.OfferAwards(awards.Values.Select(a => a.Id));
        db.Movements.Add(movement);
        return movement;
    }

    /// <summary>
    /// A sample yearly movement for the current year, so that the demo has deadlines ahead and behind today
    /// (the provincial plans all end in 2025). It is demo data, not taken from a plan: its plan number is a placeholder.
    /// </summary>
    private void SeedYearMovement(Dictionary<string, Organisation> organisations, Dictionary<string, AwardType> awards)
    {
        var today = VietnameseFormat.Today(clock);
        var year = today.Year;
        var movement = Movement.Create($"Phong trào thi đua yêu nước năm {year} (dữ liệu mẫu)", "01/KH-UBND", new DateOnly(year, 1, 5), year, year);
        movement.AddPhase(PhaseKind.Yearly, year, $"Khen thưởng năm {year}");
        movement.AddDeadline("unit-report", "Báo cáo kết quả thực hiện phong trào năm", 12, 1, null, LatePolicy.AcceptAndMarkLate);
        movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng năm", 12, 15, null, LatePolicy.Refuse);
        // Run by the merged city: only the units valid today take part.
        movement.SetParticipants(Participants(organisations.Values).Where(o => o.IsActiveOn(today)).Select(o => o.Id));
        movement.OfferAwards(awards.Values.Select(a => a.Id));
        db.Movements.Add(movement);
    }

    /// <summary>Every unit that reports and proposes: not the People's Committees, the council or the emulation board.</summary>
    private static IEnumerable<Organisation> Participants(IEnumerable<Organisation> organisations) =>
        organisations.Where(o => o.Kind is not (OrganisationKind.ProvincialPeopleCommittee or OrganisationKind.Council)
            && o.Code != DemoOrganisations.EmulationBoard);

    private async Task SeedDossiersAsync(Movement movement, Dictionary<string, Organisation> organisations, Dictionary<string, AwardType> awards,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var yearly = movement.Phases.First(p => p.Kind == PhaseKind.Yearly && p.Year == 2025).Id;
        var final = movement.Phases.First(p => p.Kind == PhaseKind.Final).Id;

        // Sở Nội vụ's own dossier, drafted by the staff who came from Sở Lao động - Thương binh và Xã hội with its merger.
        var labour = Dossier.Create(movement, yearly, organisations[DemoOrganisations.HomeAffairs],
            awards["bang-khen-chu-tich-tinh"],
            workflows.Latest(awards["bang-khen-chu-tich-tinh"].WorkflowId), CommendationType.Movement, now, "demo-seed",
            await Application.Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        labour.AddNominee(1, NomineeKind.Collective, "Phòng Bảo trợ xã hội - Giảm nghèo", null, "Sở Nội vụ thành phố Cần Thơ", now);
        labour.AddNominee(2, NomineeKind.Individual, "Trần Thị Ngọc Hương", "Trưởng phòng", "Phòng Bảo trợ xã hội - Giảm nghèo", now);

        // This dossier is complete, so the demo can submit it straight away.
        foreach (var kind in DemoScan.SignedKinds(awards["bang-khen-chu-tich-tinh"], labour))
        {
            var content = DocumentContent.From(DemoScan.Pdf($"DossierFlow demo - {kind} - So Noi vu"));
            db.DocumentContents.Add(content);
            labour.AttachDocument(labour.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, now, "demo-seed");
        }

        var health = Dossier.Create(movement, yearly, organisations[DemoOrganisations.Health],
            awards["bang-khen-chu-tich-tinh"],
            workflows.Latest(awards["bang-khen-chu-tich-tinh"].WorkflowId), CommendationType.Movement, now, "demo-seed",
            await Application.Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        health.AddNominee(1, NomineeKind.Individual, "Lâm Văn Sơn", "Bác sĩ", "Trung tâm Y tế khu vực Vĩnh Châu", now);

        var farmers = Dossier.Create(movement, final, organisations[DemoOrganisations.Farmers],
            awards["bang-khen-chu-tich-tinh"],
            workflows.Latest(awards["bang-khen-chu-tich-tinh"].WorkflowId), CommendationType.Movement, now, "demo-seed",
            await Application.Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        farmers.AddNominee(1, NomineeKind.Household, "Hộ ông Thạch Sô Phết", null, "Ấp Trà Tim, xã Đại Ân 2", now);

        var women = Dossier.Create(movement, final, organisations[DemoOrganisations.Women],
            awards["bang-khen-thu-tuong"],
            workflows.Latest(awards["bang-khen-thu-tuong"].WorkflowId), CommendationType.Movement, now, "demo-seed",
            await Application.Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        women.AddNominee(1, NomineeKind.Collective, "Ban Thường vụ Hội Liên hiệp Phụ nữ thành phố", null, "Hội Liên hiệp Phụ nữ thành phố", now);

        db.Dossiers.AddRange(labour, health, farmers, women);
    }
}
