using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// A demo session whose results are final for the Chairman: the demo units' provincial dossiers grown to the given
/// number of nominees, taken to the council (submit, receive, forward), put on one session, held, every nominee
/// voted through, its minutes issued. Reached through today's use cases in this one method, so a change in how
/// votes are recorded changes only this.
/// </summary>
internal static class DecisionSessions
{
    public static async Task<Guid> SessionWithMinutesAsync(DemoApp app, IReadOnlyDictionary<string, int> nomineesByUnit)
    {
        var dossiers = new List<Guid>();
        var first = 1;
        foreach (var (unit, count) in nomineesByUnit)
        {
            var dossier = await Demo.DossierOfAsync(app, unit);
            await GrowAsync(app, dossier, count, first);
            first += count;
            var organisation = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.ProposingOrganisationId).SingleAsync());
            await ActAsync(app, dossier, As(organisation, Roles.UnitLeader), "submit");
            await ActAsync(app, dossier, await HomeAffairsAsync(app, Roles.HomeAffairsClerk), "receive");
            await ActAsync(app, dossier, await HomeAffairsAsync(app, Roles.HomeAffairsReviewer), "forward", criteria: true);
            dossiers.Add(dossier);
        }
        var secretary = await HomeAffairsAsync(app, Roles.CouncilSecretary);
        var members = await Demo.QueryAsync(app, db => db.CouncilMembers.OrderBy(m => m.Order).Select(m => m.Id).ToListAsync());
        var start = VietnameseFormat.Local(DateTime.UtcNow.AddHours(2));
        var session = await RunAsync<ScheduleSession, Guid>(app, s => s.HandleAsync(secretary, new SessionInput(start.ToString("dd/MM/yyyy"),
            start.ToString("HH:mm"), 120, "Phòng họp số 1, Ủy ban nhân dân tỉnh", members[0], members[^1], members, dossiers)));
        // The meeting has started: attendance and votes are taken from its start time.
        await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTime.UtcNow.AddMinutes(-30))));
        var revision = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        await RunAsync<ChangeSession, bool>(app, async c => { await c.RecordAttendanceAsync(secretary, session, new AttendanceInput(revision, members, [])); return true; });
        // Every nominee passes unanimously: a draft of the whole agenda, then the secretary's confirmation.
        var nominees = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => dossiers.Contains(d.Id)).SelectMany(d => d.Nominees).Select(n => n.Id).ToListAsync());
        revision = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        revision = await RunAsync<Application.Council.Votes.SaveVoteDraft, int>(app, d => d.HandleAsync(secretary, session,
            new Application.Council.Votes.VoteDraftInput(revision, nominees.Select(n => new Application.Council.Votes.NomineeCounts(n, members.Count, 0, 0)).ToList())));
        revision = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        await RunAsync<Application.Council.Votes.ConfirmVotes, Application.Council.Votes.VoteSummary>(app, c => c.HandleAsync(secretary, session,
            new Application.Council.Votes.ConfirmVotesInput(revision, Guid.NewGuid())));
        revision = await Demo.QueryAsync(app, db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        await RunAsync<GenerateMinutes, bool>(app, async g => { await g.HandleAsync(secretary, session, revision); return true; });
        return session;
    }

    /// <summary>Adds <paramref name="count"/> people to the dossier with their signed reports, as an import and the uploads would.</summary>
    private static async Task GrowAsync(DemoApp app, Guid dossierId, int count, int first)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).SingleAsync(d => d.Id == dossierId);
        var award = await db.AwardTypes.SingleAsync(a => a.Id == dossier.AwardTypeId);
        var unit = await db.Organisations.Where(o => o.Id == dossier.ProposingOrganisationId).Select(o => o.Name).SingleAsync();
        var now = DateTime.UtcNow;
        foreach (var person in NomineeWorkbook.People(count + first - 1).Skip(first - 1))
            dossier.AddNominee(dossier.Revision, NomineeKind.Individual, person[1], person[6], unit, now);
        var content = DocumentContent.From(DemoScan.Pdf("Bao cao thanh tich da ky"));
        if (!await db.DocumentContents.AnyAsync(c => c.Sha256 == content.Sha256)) db.DocumentContents.Add(content);
        foreach (var kind in DemoScan.SignedKinds(award, dossier).Where(k => dossier.Documents.All(d => d.Kind != k)).ToList())
            dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}-da-ky.pdf", "application/pdf", content, now, "canbo");
        await db.SaveChangesAsync();
    }

    private static Actor As(Guid organisation, string role) => new($"{role}-{organisation:N}", "Người dùng thử", organisation, new HashSet<string> { role });

    private static async Task<Actor> HomeAffairsAsync(DemoApp app, string role) =>
        As(await Demo.QueryAsync(app, db => db.Organisations.Where(o => o.Code == "SNV").Select(o => o.Id).SingleAsync()), role);

    private static async Task ActAsync(DemoApp app, Guid dossier, Actor actor, string action, bool criteria = false)
    {
        var revision = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Revision).SingleAsync());
        await RunAsync<TakeDossierAction, WorkflowActionResult>(app, t => t.HandleAsync(actor, dossier,
            new WorkflowActionInput(action, revision, Guid.NewGuid(), null, criteria)));
    }

    private static async Task<T> RunAsync<TUseCase, T>(DemoApp app, Func<TUseCase, Task<T>> call) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().RunAsync(() => call(scope.ServiceProvider.GetRequiredService<TUseCase>()));
    }
}
