using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Microsoft.Extensions.Options;

namespace DossierFlow.Scheduling.Tests;

/// <summary>A clock the test moves; nothing here sleeps.</summary>
internal sealed class TestClock(DateTime utc) : TimeProvider
{
    public DateTime Now { get; set; } = utc;
    public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
}

/// <summary>A movement of 2026–2030 with a yearly report due 01/12 (late refused) and two participating units.</summary>
internal static class Province
{
    public static readonly IOptions<MailOptions> Mail = Options.Create(new MailOptions());

    public static async Task<(Guid Movement, Organisation A, Organisation B)> SeedAsync(TestDatabase database)
    {
        await using var db = await database.MigratedContextAsync();
        var snv = Organisation.Create("SNV", "Sở Nội vụ", "SNV", OrganisationKind.Department, null, ["snv@example.gov.vn"], new DateOnly(2020, 1, 1));
        var a = Organisation.Create("SYT", "Sở Y tế", "SYT", OrganisationKind.Department, null, ["syt@example.gov.vn"], new DateOnly(2020, 1, 1));
        var b = Organisation.Create("SCT", "Sở Công Thương", "SCT", OrganisationKind.Department, null, ["sct@example.gov.vn"], new DateOnly(2020, 1, 1));
        var movement = Movement.Create("Vì người nghèo - Không để ai bị bỏ lại phía sau", "12/KH-UBND", new DateOnly(2026, 1, 10), 2026, 2030);
        movement.AddPhase(PhaseKind.Yearly, 2026, "Khen thưởng năm 2026");
        movement.AddDeadline("unit-report", "Báo cáo kết quả thực hiện phong trào", 12, 1, null, LatePolicy.Refuse);
        movement.SetParticipants([a.Id, b.Id]);
        db.Organisations.AddRange(snv, a, b);
        db.Movements.Add(movement);
        await db.SaveChangesAsync();
        return (movement.Id, a, b);
    }

    public static WorkflowCatalog Catalog()
    {
        var catalog = new WorkflowCatalog();
        catalog.Replace(WorkflowFolder.Read(RepositoryRoot.Combine("workflows")).Select(e => e.Result.Definition!), []);
        return catalog;
    }
}
