using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
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

/// <summary>
/// Sóc Trăng's part of the demo's past, on top of <see cref="DemoProvince"/>: Giấy khen dossiers its units decided in
/// the 2021 - 2025 movement, finished before the reorganisation and so kept under their former names, and the records
/// of the 2025 mergers that ended those units, as the admin operation records them. The people and collectives are
/// demo data. Seeding again does nothing.
/// </summary>
public sealed class DemoHistory(IAppDb db, WorkflowCatalog workflows, IDocumentNumbers numbers, WorkingCalendar calendar, TimeProvider clock)
{
    private const string Seeder = "demo-history";

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.OrganisationMerges.AnyAsync(ct)) return false;
        var codes = DemoOrganisations.All.Select(e => e.Code).ToList();
        var organisations = await db.Organisations.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        if (!organisations.ContainsKey(DemoOrganisations.Labour)) return false; // not the demo province
        var movement = await db.Movements.Include(m => m.Phases).Include(m => m.Participants).Include(m => m.Awards)
            .FirstAsync(m => m.PlanNumber == DemoProvince.PlanNumber, ct);
        var giayKhen = await db.AwardTypes.FirstAsync(a => a.Code == "giay-khen", ct);
        await SeedDossiersAsync(movement, organisations, giayKhen, ct);
        SeedMergers(organisations, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task SeedDossiersAsync(Movement movement, IReadOnlyDictionary<string, Organisation> organisations, AwardType giayKhen,
        CancellationToken ct)
    {
        // Units no other demo data uses, so a test that looks up a unit's dossier by code finds only its own.
        await FinishedAsync(movement, 2023, organisations["SNNPTNT"], giayKhen, new DateTime(2023, 11, 13, 2, 0, 0, DateTimeKind.Utc),
            [(NomineeKind.Collective, "Chi cục Phát triển nông thôn", null), (NomineeKind.Individual, "Lý Thị Kim Thoa", "Chuyên viên")], null, ct);
        await FinishedAsync(movement, 2024, organisations[DemoOrganisations.DistrictCity], giayKhen, new DateTime(2024, 11, 11, 2, 0, 0, DateTimeKind.Utc),
            [(NomineeKind.Household, "Hộ bà Kim Thị Sa Quên", null), (NomineeKind.Individual, "Sơn Văn Thạnh", "Trưởng khóm")], null, ct);
        await FinishedAsync(movement, 2024, organisations["SKHDT"], giayKhen, new DateTime(2024, 11, 18, 2, 0, 0, DateTimeKind.Utc),
            [(NomineeKind.Individual, "Triệu Văn Hòa", "Chuyên viên")], "Chưa đủ tiêu chuẩn: chưa có sáng kiến được công nhận trong năm 2024.", ct);
    }

    /// <summary>
    /// Records each merger of 2025 that <see cref="DemoProvince"/> applied, as the admin operation does (no accounts
    /// or open dossiers were there to pass).
    /// </summary>
    private void SeedMergers(IReadOnlyDictionary<string, Organisation> organisations, DateTime now)
    {
        foreach (var merger in DemoOrganisations.Mergers)
        {
            var (absorbed, absorbing) = (organisations[merger.Absorbed], organisations[merger.Absorbing]);
            db.OrganisationMerges.Add(OrganisationMerge.Record(absorbed, absorbing, merger.Effective, merger.LegalBasis, MergedAccounts.Move,
                0, 0, 0, now, Seeder));
        }
    }

    /// <summary>A Giấy khen proposed by the unit's clerk and decided (or declined, with the reason) by its head within a month.</summary>
    private async Task FinishedAsync(Movement movement, int year, Organisation unit, AwardType award, DateTime created,
        (NomineeKind Kind, string Name, string? Position)[] nominees, string? declined, CancellationToken ct)
    {
        var phase = movement.Phases.First(p => p.Kind == PhaseKind.Yearly && p.Year == year).Id;
        var definition = workflows.Latest(award.WorkflowId);
        var code = Dossier.FormatCode(year, await numbers.NextAsync(Dossiers.DossierCodes.CounterIssuer, Dossier.CodePrefix, year, ct));
        var dossier = Dossier.Create(movement, phase, unit, award, definition, CommendationType.Movement, created, Seeder, code);
        foreach (var (kind, name, position) in nominees) dossier.AddNominee(dossier.Revision, kind, name, position, unit.Name, created);
        foreach (var (action, role, days) in new[] { ("propose", Roles.UnitClerk, 7), (declined is null ? "decide" : "decline", Roles.UnitLeader, 21) })
        {
            var at = created.AddDays(days);
            var day = DateOnly.FromDateTime(at);
            var actor = new Actor(Seeder, "Dữ liệu mẫu", unit.Id, new HashSet<string> { role });
            var comment = action == "decline" ? declined : null;
            var facts = new GuardFacts(dossier.Nominees.Count, award.RequiredDocuments, new HashSet<string>(),
                DeadlineStatuses.For(movement, year, day), CriteriaConfirmed: true, dossier.CouncilVotesRecorded);
            dossier.Apply(definition, WorkflowEngine.Decide(definition, dossier.State, unit.Id, actor, action, comment, facts),
                actor, comment, Guid.NewGuid(), dossier.Revision, at, day, calendar);
        }
        db.Dossiers.Add(dossier);
    }
}
