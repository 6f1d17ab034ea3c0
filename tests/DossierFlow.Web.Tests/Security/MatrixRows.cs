using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>Whose resource a request aims at: the caller's own (or one it may see), another unit's, or none at all.</summary>
internal enum Scope { None, Own, Other }

/// <summary>
/// Real demo rows to fill route parameters with, and who may see each: dossiers and reports by unit, sessions by
/// invitation (two sessions are scheduled, the council member invited to one), so every caller has its own and
/// another's resource to aim at.
/// </summary>
internal sealed class MatrixRows
{
    public sealed record DossierRow(Guid Id, Guid OrganisationId, int Revision, IReadOnlyList<Guid> Documents, IReadOnlyList<(Guid Id, string Name)> Nominees);
    public sealed record ReportRow(Guid Id, Guid OrganisationId, int Revision);
    public sealed record SessionRow(Guid Id, int Revision, IReadOnlySet<string> Invited, IReadOnlyList<Guid> Agenda, bool Cancelled);
    public sealed record Caller(string UserName, string Role, string UserId, Guid OrganisationId);

    public required IReadOnlyList<DossierRow> Dossiers { get; init; }
    public required IReadOnlyList<ReportRow> Reports { get; init; }
    public required IReadOnlyList<SessionRow> Sessions { get; init; }
    public required IReadOnlyList<Caller> Callers { get; init; }
    public required IReadOnlyDictionary<string, string> Plain { get; init; }
    /// <summary>Organisation names, public to every signed-in user: a collective nominee named as its unit is not a secret.</summary>
    public required IReadOnlySet<string> OrganisationNames { get; init; }

    private static bool ProvinceWide(Caller c) => Roles.ProvinceWide.Contains(c.Role);

    public bool MaySeeSession(Caller c, SessionRow s) => ProvinceWide(c) || (c.Role == Roles.CouncilMember && s.Invited.Contains(c.UserId));

    public bool MaySeeDossier(Caller c, DossierRow d) => ProvinceWide(c) || d.OrganisationId == c.OrganisationId
        || (c.Role == Roles.CouncilMember && Sessions.Any(s => !s.Cancelled && s.Invited.Contains(c.UserId) && s.Agenda.Contains(d.Id)));

    public bool MaySeeReport(Caller c, ReportRow r) => ProvinceWide(c) || r.OrganisationId == c.OrganisationId;

    /// <summary>Everything of other units a caller must never receive: ids and nominee names it may not see.</summary>
    public IReadOnlyList<string> SecretsOf(Caller c) =>
    [
        .. Dossiers.Where(d => !MaySeeDossier(c, d))
            .SelectMany(d => d.Nominees.Select(n => n.Name).Where(n => !OrganisationNames.Contains(n)).Append(d.Id.ToString())),
        .. Reports.Where(r => !MaySeeReport(c, r)).Select(r => r.Id.ToString()),
        .. Sessions.Where(s => !MaySeeSession(c, s)).Select(s => s.Id.ToString()),
    ];

    /// <summary>The demo as the matrix needs it: two sessions (one without the council member), two units' reports.</summary>
    public static async Task<MatrixRows> PrepareAsync(DemoApp app)
    {
        var secretary = await SignIn.AsAsync(app, "thuky.hdtdkt");
        var members = (await secretary.GetFromJsonAsync<JsonElement[]>("/api/v1/council/members"))!;
        Guid Member(string name) => members.First(m => m.GetProperty("fullName").GetString() == name).GetProperty("id").GetGuid();
        var all = members.Select(m => m.GetProperty("id").GetGuid()).ToList();
        var inTenDays = DateTime.UtcNow.AddHours(7).AddDays(10).ToString("dd/MM/yyyy");
        foreach (var (unit, invited) in new[] { ("SGDDT", all), ("LDLD", all.Where(m => m != Member("Đặng Hoàng Phúc")).ToList()) })
        {
            var response = await secretary.PostAsJsonAsync("/api/v1/council/sessions", new
            {
                date = inTenDays, time = "14:30", durationMinutes = 120, place = "Phòng họp số 1, Ủy ban nhân dân tỉnh",
                chairId = Member("Lâm Văn Mẫn"), secretaryId = Member("Võ Thị Mỹ Linh"), memberIds = invited,
                dossierIds = new[] { await Demo.DossierOfAsync(app, unit) },
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var movement = await Demo.QueryAsync(app, db => db.Movements.Where(m => m.PlanNumber == "01/KH-UBND").Select(m => new { m.Id, m.StartYear }).SingleAsync());
        foreach (var clerk in new[] { await SignIn.AsAsync(app, "canbo.sldtbxh"), await Demo.UserForAsync(app, "LDLD", Roles.UnitClerk) })
        {
            var response = await clerk.PostAsJsonAsync("/api/v1/reports", new { movementId = movement.Id, year = movement.StartYear });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var callers = new List<Caller>();
        // Every demo role once; the second unit clerk (canbo.syt) only owns the "other unit" rows.
        foreach (var account in global::DossierFlow.Web.Demo.DemoUsers.All.DistinctBy(a => a.Role))
        {
            var user = await users.FindByNameAsync(account.UserName) ?? throw new InvalidOperationException(account.UserName);
            callers.Add(new(account.UserName, account.Role, user.Id, user.OrganisationId));
        }
        var deadline = await db.Movements.Where(m => m.Id == movement.Id).SelectMany(m => m.Deadlines).Select(d => d.Id).FirstAsync();
        var workflow = scope.ServiceProvider.GetRequiredService<Application.Workflows.WorkflowCatalog>().All.First();
        // A batch of Sở Nội vụ (its pages take its id); the demo has none of its own.
        var batchAward = await db.AwardTypes.Where(a => a.Code == "bang-khen-chu-tich-tinh").Select(a => a.Id).FirstAsync();
        var batch = Domain.Batches.SubmissionBatch.Create(movement.Id, "Đợt trình thử", [batchAward], DateTime.UtcNow, "test");
        db.SubmissionBatches.Add(batch);
        await db.SaveChangesAsync();
        return new MatrixRows
        {
            Dossiers = (await db.Dossiers.Select(d => new { d.Id, d.ProposingOrganisationId, d.Revision,
                    Documents = d.Documents.Select(x => x.Id).ToList(), Nominees = d.Nominees.Select(n => new { n.Id, n.Name }).ToList() }).ToListAsync())
                .Select(d => new DossierRow(d.Id, d.ProposingOrganisationId, d.Revision, d.Documents, d.Nominees.Select(n => (n.Id, n.Name)).ToList()))
                .ToList(),
            Reports = (await db.MovementReports.Select(r => new { r.Id, r.OrganisationId, r.Revision }).ToListAsync())
                .Select(r => new ReportRow(r.Id, r.OrganisationId, r.Revision)).ToList(),
            Sessions = (await db.CouncilSessions.Include(s => s.Attendees).Include(s => s.Items).ToListAsync())
                .Select(s => new SessionRow(s.Id, s.Revision, s.Attendees.Where(a => a.UserId != null).Select(a => a.UserId!).ToHashSet(),
                    s.Items.Select(i => i.DossierId).ToList(), s.Status == Domain.Council.SessionStatus.Cancelled)).ToList(),
            Callers = callers,
            OrganisationNames = (await db.Organisations.Select(o => o.Name).ToListAsync()).ToHashSet(),
            // Rows that only administrators or every signed-in user reach: any real one will do.
            Plain = new Dictionary<string, string>
            {
                ["movement"] = movement.Id.ToString(),
                ["deadline"] = deadline.ToString(),
                ["organisation"] = (await db.Organisations.Select(o => o.Id).FirstAsync()).ToString(),
                ["user"] = (await users.FindByNameAsync("canbo.syt"))!.Id,
                ["outbox"] = (await db.Outbox.Select(o => o.Id).FirstAsync()).ToString(),
                ["batch"] = batch.Id.ToString(),
                ["council-member"] = (await db.CouncilMembers.Select(m => m.Id).FirstAsync()).ToString(),
                ["workflow"] = workflow.Id,
                ["workflow-version"] = workflow.Version.ToString(),
                ["form"] = "to-trinh",
                ["openapi"] = "v1",
                ["rest"] = "",
                ["status-code"] = "404",
                // No session decision exists in the matrix's demo: a made-up id, refused by role before it is looked up.
                ["session-decision"] = Guid.NewGuid().ToString(),
                ["public"] = Guid.NewGuid().ToString(),
            },
        };
    }
}
