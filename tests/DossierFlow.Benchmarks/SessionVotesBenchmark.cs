using BenchmarkDotNet.Attributes;
using DossierFlow.Application;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Documents;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Benchmarks;

/// <summary>
/// A council session of 850 nominees (issue 14): the vote grid's data for one page (<c>GridFirstPage</c>,
/// <c>GridLastPage</c>: the session with its 850 draft votes, the groups' counts and a page of 100 nominees), the
/// ballot-counting file written for all 850 (<c>BallotSheet</c>), and that file, filled, imported as the draft of every
/// nominee in one unit of work (<c>ImportBallots</c>); <c>ReadOnly</c> is the filled file's read alone, the baseline.
/// On a real SQLite file migrated and seeded with the demo province, the session built in the setup (the demo's labour
/// dossier grown to 850 nominees, every member present); each import starts on a fresh copy of that file.
/// </summary>
[MemoryDiagnoser]
public class SessionVotesBenchmark
{
    private const int Nominees = 850;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-votesbench-{Guid.NewGuid():N}");
    private string Database => Path.Combine(_folder, "bench.db");
    private string Held => Path.Combine(_folder, "held.db");
    private ServiceProvider _services = null!;
    private readonly Actor _secretary = new("bench", "Thư ký Hội đồng", Guid.Empty, new HashSet<string> { Roles.CouncilSecretary });
    private Guid _session;
    private int _revision;
    private byte[] _filled = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={Database}",
        }).Build());
        var workflows = RepositoryRoot.Combine("workflows");
        services.Configure<WorkflowOptions>(o => { o.Folder = workflows; o.CalendarFile = Path.Combine(workflows, "calendar", "vietnam-holidays.yaml"); });
        services.Configure<MailOptions>(_ => { });
        services.Configure<ProvinceOptions>(o => o.FormsFolder = RepositoryRoot.Combine("forms"));
        services.AddDocuments(maxUploadMegabytes: 20);
        services.AddSingleton(TimeProvider.System);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<WorkflowCatalog>().Replace(
            WorkflowFolder.Read(workflows).Select(e => e.Result.Definition ?? throw new InvalidOperationException(string.Join("\n", e.Result.Problems))), []);

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            await new DemoProvince(db, TimeProvider.System, scope.ServiceProvider.GetRequiredService<WorkflowCatalog>(), new DocumentNumbers(db)).SeedAsync();
            var labour = await db.Organisations.Where(o => o.Code == "SNV").Select(o => o.Id).SingleAsync();
            var dossier = await db.Dossiers.Include(d => d.Nominees).FirstAsync(d => d.ProposingOrganisationId == labour);
            var now = DateTime.UtcNow;
            foreach (var person in NomineeWorkbook.People(Nominees - dossier.Nominees.Count))
                dossier.AddNominee(dossier.Revision, new NomineeDetails(NomineeKind.Individual, person[1], person[NomineeWorkbook.Position]), DateOnly.FromDateTime(now), now);
            // The demo's council is seeded apart (DemoCouncil); nine members of its own here.
            var members = Enumerable.Range(1, 9).Select(i => CouncilMember.Create($"Thành viên số {i}", "Ủy viên Hội đồng", $"thanhvien{i}@tinh.test", null, i)).ToList();
            db.CouncilMembers.AddRange(members);
            // Scheduled "an hour ago" as of two hours ago, so that the session has started for the use cases' clock.
            var session = CouncilSession.Schedule(now.AddHours(-1), 180, "Hội trường", members[0], members[1], members, members.Count, [dossier.Id],
                now.AddHours(-2), "bench");
            session.RecordAttendance(session.Revision, members.Select(m => m.Id).ToHashSet(), new HashSet<Guid>(), now);
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync();
            _session = session.Id;
        }
        var template = (await RunAsync<SessionVoteFiles, ExportFile>(f => f.BallotSheetAsync(_secretary, _session))).Content;
        var rows = NomineeWorkbook.Rows(template);
        _filled = NomineeWorkbook.Fill(template, rows.Select((r, i) => (string[])[.. r[..5], (i % 10).ToString(), "0", "0", ""]));
        _revision = await RevisionAsync();
        Snapshot(Held);
        if (Import() != Nominees) throw new InvalidOperationException("The import did not record every nominee.");
    }

    [IterationSetup(Target = nameof(ImportBallots))]
    public void FreshHeld() => Restore(Held);

    [Benchmark(Baseline = true)]
    public int ReadOnly()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IBallotSheetFile>().Read("kiem-phieu.xlsx", _filled).Count;
    }

    [Benchmark]
    public int ImportBallots() => Import();

    [Benchmark]
    public int GridFirstPage() => RunAsync<GetVoteGrid, VoteGridView>(g => g.HandleAsync(_secretary, _session, 1)).GetAwaiter().GetResult().Lines.Count;

    [Benchmark]
    public int GridLastPage() => RunAsync<GetVoteGrid, VoteGridView>(g => g.HandleAsync(_secretary, _session, 9)).GetAwaiter().GetResult().Lines.Count;

    [Benchmark]
    public int BallotSheet() => RunAsync<SessionVoteFiles, ExportFile>(f => f.BallotSheetAsync(_secretary, _session)).GetAwaiter().GetResult().Content.Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private int Import() =>
        RunAsync<ImportBallotFile, int>(i => i.HandleAsync(_secretary, _session, _revision, "kiem-phieu.xlsx", _filled)).GetAwaiter().GetResult();

    private async Task<int> RevisionAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().CouncilSessions.Where(s => s.Id == _session).Select(s => s.Revision).SingleAsync();
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> call) where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().RunAsync(() => call(scope.ServiceProvider.GetRequiredService<TUseCase>()));
    }

    private void Snapshot(string file)
    {
        using (var source = new SqliteConnection($"Data Source={Database};Pooling=False"))
        using (var copy = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
        }
        SqliteConnection.ClearAllPools();
    }

    private void Restore(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(Database + suffix);
        File.Copy(file, Database, overwrite: true);
    }
}
