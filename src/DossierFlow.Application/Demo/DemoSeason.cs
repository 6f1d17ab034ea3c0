using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Demo;

public sealed record SeasonResult(int Units, int Dossiers, int Nominees, bool Created);

/// <summary>
/// A season-sized demo on top of the demo province (`seed-demo --season`): 150 more units (communes, departments),
/// a movement of this year and 300 dossiers with about 1,500 nominees, spread over every state of the three dossier
/// workflows. Names are made from Vietnamese name parts with a fixed seed, so every run makes the same season. For
/// speed each dossier is taken along its path in memory (the engine decides every step, the journal and clocks are
/// real, each dossier's steps a few days apart in the past weeks) and everything is saved at once; the documents a
/// step issues (receipts, decisions, minutes) and council sessions are not made. Seeding again does nothing.
/// </summary>
public sealed class DemoSeason(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, Forms.IDocumentNumbers numbers, Forms.FormCatalog forms, TimeProvider clock)
{
    public const int Units = 150;
    public const int DossierCount = 300;
    public const string CodePrefix = "MUA-";
    private const int Seed = 2026;

    /// <summary>The state each dossier ends in, taken in turn, and the steps that lead there from drafting.</summary>
    private static readonly (string Award, string Target, string[] Steps)[] Paths =
    [
        ("bang-khen-chu-tich-tinh", "drafting", []),
        ("bang-khen-chu-tich-tinh", "returned", ["submit", "return"]),
        ("bang-khen-chu-tich-tinh", "submitted", ["submit"]),
        ("bang-khen-chu-tich-tinh", "appraising", ["submit", "receive"]),
        ("bang-khen-chu-tich-tinh", "council", ["submit", "receive", "forward"]),
        ("bang-khen-chu-tich-tinh", "chairman", ["submit", "receive", "forward", "votes", "council-decided"]),
        ("bang-khen-chu-tich-tinh", "awarded", ["submit", "receive", "forward", "votes", "council-decided", "approve", "decide"]),
        ("bang-khen-chu-tich-tinh", "refused", ["submit", "receive", "refuse"]),
        ("bang-khen-thu-tuong", "central", ["submit", "receive", "forward", "votes", "council-decided", "approve", "sign-proposal"]),
        ("huan-chuong-lao-dong-hang-ba", "awarded", ["submit", "receive", "forward", "votes", "council-decided", "approve", "sign-proposal", "central", "record-central-award"]),
        ("giay-khen", "reviewing", ["propose"]),
        ("giay-khen", "awarded", ["propose", "decide"]),
        ("giay-khen", "refused", ["propose", "decline"]),
        ("bang-khen-chu-tich-tinh", "appraising", ["submit", "return", "submit", "receive"]),
    ];

    public async Task<SeasonResult> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(o => o.Code.StartsWith(CodePrefix), ct)) return new(0, 0, 0, false);
        var province = await db.Organisations.FirstAsync(o => o.Code == DemoProvince.ProvinceCode, ct);
        var homeAffairs = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.HomeAffairs, ct);
        var board = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.EmulationBoard, ct);
        var awards = await db.AwardTypes.ToDictionaryAsync(a => a.Code, ct);
        var names = new DemoNames(Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);

        var units = Enumerable.Range(0, Units).Select(i =>
        {
            var commune = i % 3 != 2; // about two communes for each department or body, as in a merged province
            var code = $"{CodePrefix}{i + 1:000}";
            return Organisation.Create(code, commune ? DemoNames.Commune(i / 3 * 2 + i % 3) : DemoNames.Department(i / 3), $"MUA{i + 1:000}",
                commune ? OrganisationKind.CommunePeopleCommittee : OrganisationKind.Department, province,
                [$"{code.ToLowerInvariant()}@cantho.demo.gov.vn"], new DateOnly(2020, 1, 1));
        }).ToList();
        db.Organisations.AddRange(units);

        var movement = Movement.Create($"Phong trào thi đua yêu nước năm {today.Year} - mùa khen thưởng (dữ liệu mẫu)", "02/KH-UBND",
            new DateOnly(today.Year, 1, 10), today.Year, today.Year);
        var phase = movement.AddPhase(PhaseKind.Yearly, today.Year, $"Khen thưởng năm {today.Year}");
        // Accepted late and marked, so the season can be seeded on any day of the year.
        movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng năm", 12, 15, null, LatePolicy.AcceptAndMarkLate);
        movement.SetParticipants(units.Select(u => u.Id));
        movement.OfferAwards(awards.Values.Select(a => a.Id));
        db.Movements.Add(movement);

        var scans = new Dictionary<string, DocumentContent>();
        foreach (var kind in awards.Values.SelectMany(a => a.RequiredDocuments).Distinct())
        {
            var content = DocumentContent.From(DemoScan.Pdf($"DossierFlow demo season - {kind}"));
            scans[kind] = await db.DocumentContents.FindAsync([content.Sha256], ct) ?? db.DocumentContents.Add(content).Entity;
        }

        var nominees = 0;
        for (var i = 0; i < DossierCount; i++)
        {
            var (awardCode, _, steps) = Paths[i % Paths.Length];
            var award = awards[awardCode];
            var unit = units[i % Units];
            // Each dossier's life starts some days back and moves a few days at each step, never past now.
            var at = now.AddDays(-(steps.Length * 3 + names.Next(1, 40)));
            var dossier = Dossier.Create(movement, phase.Id, unit, award, workflows.Latest(award.WorkflowId), CommendationType.Movement, at, "demo-season",
                await Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
            var count = names.Next(1, 10);
            for (var n = 0; n < count; n++)
            {
                var kind = n == 0 && names.Next(0, 3) == 0 ? NomineeKind.Collective : n == 1 && names.Next(0, 6) == 0 ? NomineeKind.Household : NomineeKind.Individual;
                var name = kind switch { NomineeKind.Collective => names.Collective(), NomineeKind.Household => names.Household(), _ => names.Person() };
                dossier.AddNominee(dossier.Revision, kind, name, kind == NomineeKind.Individual ? names.Position() : null, unit.Name, at);
            }
            nominees += count;
            foreach (var kind in DemoScan.SignedKinds(award, dossier))
                dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", scans[kind.Split('#')[0]], at, "demo-season");
            foreach (var step in steps)
            {
                at = at.AddDays(names.Next(1, 4));
                Walk(dossier, movement, award, step, at, unit.Id, homeAffairs.Id, board.Id, province.Id);
            }
            db.Dossiers.Add(dossier);
        }
        await db.SaveChangesAsync(ct);
        return new(Units, DossierCount, nominees, true);
    }

    private void Walk(Dossier dossier, Movement movement, AwardType award, string step, DateTime at, Guid unit, Guid homeAffairs, Guid board, Guid committee)
    {
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var day = DateOnly.FromDateTime(VietnameseFormat.Local(at));
        switch (step)
        {
            case "votes":
                foreach (var nominee in dossier.Nominees)
                    dossier.RecordCouncilVote(definition, dossier.Revision, nominee.Id, true, 88.89m, "8/9 phiếu đồng ý (88,89% tổng số thành viên Hội đồng): đạt.", at);
                return;
            case "approve":
                dossier.RecordChairmanDecision(definition, dossier.Revision, dossier.Nominees.Select(n => n.Id).ToList(), at);
                return;
            case "central":
                dossier.RecordCentralDecision(definition, dossier.Revision, $"{100 + dossier.Nominees.Count}/QĐ-CTN", day,
                    dossier.Nominees.Select(n => n.Id).ToList(), day, at);
                return;
        }
        var (role, organisation) = step switch
        {
            "submit" or "decide" or "decline" when award.WorkflowId == "giay-khen" => (Roles.UnitLeader, unit),
            "submit" => (Roles.UnitLeader, unit),
            "propose" => (Roles.UnitClerk, unit),
            "receive" or "return" => (Roles.HomeAffairsClerk, homeAffairs),
            "forward" or "refuse" or "record-central-award" => (Roles.HomeAffairsReviewer, board),
            "council-decided" => (Roles.CouncilSecretary, board),
            _ => (Roles.Chairman, committee),
        };
        var comment = step switch
        {
            "return" => "Báo cáo thành tích chưa có xác nhận của cấp trình.",
            "refuse" => "Thành tích chưa đạt tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh.",
            "decline" => "Chưa đủ tiêu chuẩn tặng Giấy khen.",
            "record-central-award" => "Quyết định khen thưởng của Chủ tịch nước.",
            _ => null,
        };
        var actor = new Actor("demo-season", "Dữ liệu mẫu", organisation, new HashSet<string> { role });
        var facts = new GuardFacts(dossier.Nominees.Count, award.RequiredDocuments, DossierChecklist.CompleteForms(DossierChecklist.For(dossier, award.RequiredDocuments, forms.PerNominee)),
            DeadlineStatuses.For(movement, movement.StartYear, day), CriteriaConfirmed: true, dossier.CouncilVotesRecorded);
        dossier.Apply(definition, WorkflowEngine.Decide(definition, dossier.State, dossier.ProposingOrganisationId, actor, step, comment, facts),
            actor, comment, Guid.NewGuid(), dossier.Revision, at, day, calendar);
    }
}
