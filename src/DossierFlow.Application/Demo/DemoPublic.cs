using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Demo;

/// <summary>
/// The demo's public side and award history (labelled demo data, not verified records): what the public page shows
/// per award type, a few imported past awards (two of them of people in the demo's dossiers), and, on the season
/// demo, one national dossier under public consultation and one published decision of the Chairman's Bằng khen over
/// the season's awarded dossiers. Seeding again does nothing.
/// </summary>
public sealed class DemoPublic(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, Dossiers.TakeDossierAction act,
    Forms.IDocumentNumbers numbers, TimeProvider clock)
{
    public const string DecisionBy = "demo-public";
    public const int DecisionNumber = 1250;

    /// <summary>Publicity per award type and the imported past awards (the base demo).</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.PastAwards.AnyAsync(ct)) return;
        var awards = await db.AwardTypes.ToDictionaryAsync(a => a.Code, ct);
        foreach (var award in awards.Values)
            award.SetPublicity(consultation: award.Level == AwardLevel.National, decisions: award.Level != AwardLevel.Unit);
        var now = clock.GetUtcNow().UtcDateTime;
        PastAward Past(NomineeKind kind, string name, string? cccd, DateOnly? born, string workplace, string award, int year, string number, DateOnly on) =>
            PastAward.Record(kind, name, cccd, born, workplace, awards.Values.FirstOrDefault(a => a.Name == award)?.Id, award, year, number, on, DecisionBy, now);
        db.PastAwards.AddRange(
            Past(NomineeKind.Individual, "Kim Thị Sa Phia", null, null, "Công đoàn cơ sở Công ty Mía đường (dữ liệu mẫu)", "Bằng khen của Chủ tịch UBND tỉnh",
                2022, "1520/QĐ-UBND", new DateOnly(2023, 5, 16)),
            Past(NomineeKind.Collective, "Trường THPT Chuyên Nguyễn Thị Minh Khai", null, null, "Sở Giáo dục và Đào tạo (dữ liệu mẫu)", "Cờ thi đua của UBND tỉnh",
                2023, "845/QĐ-UBND", new DateOnly(2024, 4, 2)),
            Past(NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", "094185001234", new DateOnly(1985, 3, 12), "Sở Y tế (dữ liệu mẫu)", "Chiến sĩ thi đua cơ sở",
                2024, "312/QĐ-SYT", new DateOnly(2025, 1, 20)),
            Past(NomineeKind.Individual, "Trần Văn Đức", "094179004321", new DateOnly(1979, 11, 2), "UBND xã (dữ liệu mẫu)", "Bằng khen của Chủ tịch UBND tỉnh",
                2021, "2010/QĐ-UBND", new DateOnly(2022, 3, 8)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>On the season demo: a national dossier under consultation and a published decision.</summary>
    public async Task SeedSeasonAsync(CancellationToken ct = default)
    {
        if (await db.PublicConsultations.AnyAsync(ct) || !await db.Dossiers.AnyAsync(d => d.CreatedBy == "demo-season", ct)) return;
        await SeedAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var awards = await db.AwardTypes.ToDictionaryAsync(a => a.Code, ct);

        // A national dossier of the season's movement, with full nominee details, sent to the council and put to consultation.
        var national = awards["bang-khen-thu-tuong"];
        var sample = await db.Dossiers.AsNoTracking().Where(d => d.CreatedBy == "demo-season" && d.AwardTypeId == national.Id).OrderBy(d => d.Code)
            .Select(d => new { d.MovementId, d.PhaseId, d.ProposingOrganisationId }).FirstAsync(ct);
        var consulted = await ToCouncilAsync(sample.MovementId, sample.PhaseId, sample.ProposingOrganisationId, national, ct);
        db.PublicConsultations.Add(PublicConsultation.Open(consulted, today, calendar.AddWorkingDays(today, PublicConsultation.WorkingDays - 1), today,
            DecisionBy, now));

        // The season's awarded Bằng khen dossiers, as if their session had been held a week ago and its decision issued.
        var provincial = awards["bang-khen-chu-tich-tinh"];
        var awarded = (await db.Dossiers.Include(d => d.Nominees).Where(d => d.CreatedBy == "demo-season" && d.AwardTypeId == provincial.Id)
                .OrderBy(d => d.Code).ToListAsync(ct))
            .Where(d => workflows.Get(d.WorkflowId, d.WorkflowVersion).State(d.State).Final && d.Nominees.Any(n => n.ChairmanApproved == true))
            .Select(d => d.Id).ToList();
        var members = await db.CouncilMembers.OrderBy(m => m.Order).ToListAsync(ct);
        if (awarded.Count > 0 && members.Count > 1)
        {
            var held = now.AddDays(-7);
            var session = CouncilSession.Schedule(held, 120, "Hội trường UBND tỉnh (dữ liệu mẫu)", members[0], members[Math.Min(3, members.Count - 1)],
                members, members.Count, awarded, held.AddDays(-7), DecisionBy);
            db.CouncilSessions.Add(session);
            var decision = SessionDecision.Approve(session.Id, provincial.Id, SessionDecisionKind.Decision, "QĐ", DecisionBy, members[0].FullName,
                "Chủ tịch UBND tỉnh", SigningCapacity.Head, [], DecisionBy, "Dữ liệu mẫu", held.AddDays(1));
            var content = await Dossiers.SubjectUpload.ContentAsync(db, DemoScan.Pdf("DossierFlow demo - quyet dinh khen thuong (du lieu mau)"), ct);
            var issuedOn = DateOnly.FromDateTime(VietnameseFormat.Local(held)).AddDays(2);
            decision.Issue(decision.Revision, DecisionNumber, issuedOn, issuedOn, today, content.Sha256, DecisionBy, held.AddDays(2));
            db.SessionDecisions.Add(decision);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Two nominees with every detail (the public page must not show the CCCD or the birth date), taken to the council by the real actions.</summary>
    private async Task<Guid> ToCouncilAsync(Guid movementId, Guid phaseId, Guid unitId, AwardType award, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var movement = await db.Movements.Include(m => m.Phases).FirstAsync(m => m.Id == movementId, ct);
        var unit = await db.Organisations.FirstAsync(o => o.Id == unitId, ct);
        var dossier = Dossier.Create(movement, phaseId, unit, award, workflows.Latest(award.WorkflowId), CommendationType.Movement, now, DecisionBy,
            await Dossiers.DossierCodes.NextAsync(numbers, clock, ct));
        dossier.AddNominee(dossier.Revision, new NomineeDetails(NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", "Phó Giám đốc", unit.Name, NomineeGender.Female,
            new DateOnly(1985, 3, 12), "094185001234", null,
            "Ba năm liên tục hoàn thành xuất sắc nhiệm vụ; hai sáng kiến được công nhận cấp tỉnh (dữ liệu mẫu)."), today, now);
        dossier.AddNominee(dossier.Revision, new NomineeDetails(NomineeKind.Collective, $"Tập thể {unit.Name}", null, unit.Name, null, null, null, null,
            "Dẫn đầu khối thi đua năm liền trước (dữ liệu mẫu)."), today, now);
        foreach (var kind in DemoScan.SignedKinds(award, dossier))
        {
            var content = await Dossiers.SubjectUpload.ContentAsync(db, DemoScan.Pdf($"DossierFlow demo - {kind} - cong khai"), ct);
            dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, now, DecisionBy);
        }
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        var home = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.HomeAffairs, ct);
        var board = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.EmulationBoard, ct);
        foreach (var (action, role, org) in new[] { ("submit", Roles.UnitLeader, unitId), ("receive", Roles.HomeAffairsClerk, home.Id), ("forward", Roles.HomeAffairsReviewer, board.Id) })
        {
            var actor = new Actor(DecisionBy, "Dữ liệu mẫu", org, new HashSet<string> { role });
            var revision = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.Revision).FirstAsync(ct);
            await act.HandleAsync(actor, dossier.Id, new WorkflowActionInput(action, revision, Guid.NewGuid(), null, CriteriaConfirmed: true), ct);
            // A seeder, not a use case: it saves each step itself, as a unit of work would after each action.
            await db.SaveChangesAsync(ct);
        }
        return dossier.Id;
    }
}
