using BenchmarkDotNet.Attributes;
using DossierFlow.Application;
using DossierFlow.Application.Common;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Documents;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using DossierFlow.Tests.Shared.Nominees;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Benchmarks;

/// <summary>
/// Importing a 500-row nominee spreadsheet (issue 13: "well under 2 s") as the page and the API do: the file read and
/// every cell checked (the Documents reader, <see cref="ImportNominees"/>), the nominees matched, added or updated
/// and the dossier saved in one unit of work, on a real SQLite file migrated and seeded with the demo province.
/// Every iteration starts on a fresh copy of that file: <c>AddNew</c> into the demo dossier (two nominees), and
/// <c>ImportAgain</c> the same 500 people with a changed title into the dossier that already holds them;
/// <c>ReadOnly</c> is the file's read alone, measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class NomineeImportBenchmark
{
    private const int Rows = 500;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-importbench-{Guid.NewGuid():N}");
    private string Database => Path.Combine(_folder, "bench.db");
    private string Seeded => Path.Combine(_folder, "seeded.db");
    private string Imported => Path.Combine(_folder, "imported.db");
    private ServiceProvider _services = null!;
    private Actor _clerk = null!;
    private Guid _dossier;
    private int _seededRevision, _importedRevision;
    private byte[] _file = [], _changed = [];

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
            _dossier = await db.Dossiers.Where(d => d.ProposingOrganisationId == labour).Select(d => d.Id).FirstAsync();
            _clerk = new Actor("bench", "Cán bộ thi đua", labour, new HashSet<string> { Roles.UnitClerk });
        }
        Snapshot(Seeded);
        _seededRevision = await RevisionAsync();

        var template = (await RunAsync<DownloadNomineeTemplate, ExportFile>(t => t.HandleAsync(_clerk, _dossier))).Content;
        var people = NomineeWorkbook.People(Rows);
        _file = NomineeWorkbook.Fill(template, people);
        foreach (var person in people) person[NomineeWorkbook.Position] = "Phó Trưởng phòng";
        _changed = NomineeWorkbook.Fill(template, people);
        Check(await ImportAsync(_file, _seededRevision), added: Rows);
        Snapshot(Imported);
        _importedRevision = await RevisionAsync();
    }

    [IterationSetup(Target = nameof(AddNew))]
    public void FreshSeeded() => Restore(Seeded);

    [IterationSetup(Target = nameof(ImportAgain))]
    public void FreshImported() => Restore(Imported);

    [Benchmark]
    public NomineeImportResult AddNew() => Check(ImportAsync(_file, _seededRevision).GetAwaiter().GetResult(), added: Rows);

    [Benchmark]
    public NomineeImportResult ImportAgain() => Check(ImportAsync(_changed, _importedRevision).GetAwaiter().GetResult(), updated: Rows);

    /// <summary>Only the file read and its cells' text (no checks, no database): the part of the import the sheet costs.</summary>
    [Benchmark]
    public int ReadOnly()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<INomineeSheetFile>().Read("danh-sach.xlsx", _file).Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<NomineeImportResult> ImportAsync(byte[] file, int revision) =>
        RunAsync<ImportNominees, NomineeImportResult>(i => i.HandleAsync(_clerk, _dossier, revision, "danh-sach.xlsx", file));

    private async Task<int> RevisionAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.Where(d => d.Id == _dossier).Select(d => d.Revision).SingleAsync();
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> call) where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().RunAsync(() => call(scope.ServiceProvider.GetRequiredService<TUseCase>()));
    }

    private static NomineeImportResult Check(NomineeImportResult result, int added = 0, int updated = 0) =>
        result.Added == added && result.Updated == updated ? result : throw new InvalidOperationException($"Expected {added} added, {updated} updated: {result}");

    /// <summary>A copy of the working database as it is now (SQLite's backup, so nothing waits in a WAL file).</summary>
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
