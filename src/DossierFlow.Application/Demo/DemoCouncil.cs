using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Demo;

/// <summary>
/// The demo council: a membership list of nine (three of them with demo accounts) and two dossiers that have
/// travelled, through the real workflow actions, to "waiting for the council", so a session can be scheduled at once.
/// Seeding again does nothing.
/// </summary>
public sealed class DemoCouncil(IAppDb db, WorkflowCatalog workflows, TakeDossierAction act, TimeProvider clock,
    Forms.IDocumentNumbers numbers)
{
    /// <param name="userIds">Demo account ids by user name (the members with accounts are linked to them).</param>
    public async Task SeedAsync(IReadOnlyDictionary<string, string> userIds, CancellationToken ct = default)
    {
        if (await db.CouncilMembers.AnyAsync(ct)) return;
        (string Name, string Position, string Email, string? User)[] members =
        [
            ("Lâm Văn Mẫn", "Chủ tịch UBND thành phố, Chủ tịch Hội đồng", "chutich@cantho.demo.gov.vn", "chutich.ubnd"),
            ("Trần Quốc Việt", "Giám đốc Sở Nội vụ, Phó Chủ tịch Thường trực Hội đồng", "giamdoc.snv@cantho.demo.gov.vn", null),
            ("Trần Thị Kim Loan", "Chủ tịch Liên đoàn Lao động thành phố, Phó Chủ tịch Hội đồng", "chutich.ldld@cantho.demo.gov.vn", null),
            ("Võ Thị Mỹ Linh", "Trưởng Ban Thi đua - Khen thưởng, Ủy viên Thư ký Hội đồng", "truongban.btdkt@cantho.demo.gov.vn", "thuky.hdtdkt"),
            ("Đặng Hoàng Phúc", "Chánh Văn phòng UBND thành phố, Ủy viên", "chanhvanphong@cantho.demo.gov.vn", "thanhvien.hdtdkt"),
            ("Huỳnh Thị Diễm", "Giám đốc Sở Tài chính, Ủy viên", "giamdoc.stc@cantho.demo.gov.vn", null),
            ("Lý Văn Sang", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Ủy viên", "chutich.mttq@cantho.demo.gov.vn", null),
            ("Phan Minh Trí", "Giám đốc Sở Giáo dục và Đào tạo, Ủy viên", "giamdoc.sgddt@cantho.demo.gov.vn", null),
            ("Thạch Thị Ngọc Bích", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố, Ủy viên", "chutich.hlhpn@cantho.demo.gov.vn", null),
        ];
        for (var i = 0; i < members.Length; i++)
            db.CouncilMembers.Add(CouncilMember.Create(members[i].Name, members[i].Position, members[i].Email,
                members[i].User is { } user ? userIds.GetValueOrDefault(user) : null, i + 1));
        await db.SaveChangesAsync(ct);

        await SendToCouncilAsync("SGDDT", "Trường THPT Chuyên Nguyễn Thị Minh Khai", NomineeKind.Collective, null, ct);
        await SendToCouncilAsync("LDLD", "Kim Thị Sa Phia", NomineeKind.Individual, "Chủ tịch Công đoàn cơ sở Công ty Mía đường", ct);
    }

    private async Task SendToCouncilAsync(string organisationCode, string nominee, NomineeKind kind, string? position, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var movement = await db.Movements.Include(m => m.Phases).FirstAsync(m => m.PlanNumber == "146/KH-UBND", ct);
        var organisation = await db.Organisations.FirstAsync(o => o.Code == organisationCode, ct);
        var award = await db.AwardTypes.FirstAsync(a => a.Code == "bang-khen-chu-tich-tinh", ct);
        var phase = movement.Phases.First(p => p.Kind == Domain.Movements.PhaseKind.Yearly && p.Year == 2025).Id;
        var dossier = Dossier.Create(movement, phase, organisation, award, workflows.Latest(award.WorkflowId), CommendationType.Movement, now, "demo-seed",
            await DossierCodes.NextAsync(numbers, clock, ct));
        dossier.AddNominee(1, kind, nominee, position, organisation.Name, now);
        foreach (var document in DemoScan.SignedKinds(award, dossier))
        {
            var content = await SubjectUpload.ContentAsync(db, DemoScan.Pdf($"DossierFlow demo - {document} - {organisationCode}"), ct);
            dossier.AttachDocument(dossier.Revision, document, $"{document.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, now, "demo-seed");
        }
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);

        var home = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.HomeAffairs, ct);
        var board = await db.Organisations.FirstAsync(o => o.Code == DemoOrganisations.EmulationBoard, ct);
        foreach (var (action, role, org) in new[] { ("submit", Roles.UnitLeader, organisation.Id), ("receive", Roles.HomeAffairsClerk, home.Id), ("forward", Roles.HomeAffairsReviewer, board.Id) })
        {
            var actor = new Actor("demo-seed", "Dữ liệu mẫu", org, new HashSet<string> { role });
            var revision = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.Revision).FirstAsync(ct);
            await act.HandleAsync(actor, dossier.Id, new WorkflowActionInput(action, revision, Guid.NewGuid(), null, CriteriaConfirmed: true), ct);
            // A seeder, not a use case: it saves each step itself, as a unit of work would after each action.
            await db.SaveChangesAsync(ct);
        }
    }
}
