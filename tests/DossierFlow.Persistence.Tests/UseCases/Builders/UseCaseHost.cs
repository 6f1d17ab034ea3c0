using DossierFlow.Application;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Documents;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Persistence.Tests.UseCases.Builders;

/// <summary>
/// The application's use cases as the web application registers them, over a fresh migrated database and the
/// repository's workflows, on a clock the test moves. Each call runs in its own scope inside the application's unit
/// of work, as one request does: saved once when it succeeds, nothing kept when it throws.
/// </summary>
public sealed class UseCaseHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private UseCaseHost(TestDatabase database, TestClock clock, Action<IServiceCollection>? configure)
    {
        Database = database;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddApplication();
        services.Configure<WorkflowOptions>(o =>
        {
            o.Folder = RepositoryFolders.Workflows;
            o.CalendarFile = Path.Combine(RepositoryFolders.Workflows, "calendar", "vietnam-holidays.yaml");
        });
        services.Configure<MailOptions>(_ => { });
        services.Configure<ProvinceOptions>(o => o.FormsFolder = RepositoryRoot.Combine("forms"));
        services.AddDocuments(maxUploadMegabytes: 20);
        services.AddScoped<IDocumentNumbers, DocumentNumbers>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IDossierSearch, DossierSearch>();
        services.AddScoped<Application.Forms.ISignerDirectory, Persistence.Identity.SignerDirectory>();
        services.AddScoped<Application.Organisations.IOrganisationAccounts, Persistence.Identity.OrganisationAccounts>();
        services.AddSingleton<TimeProvider>(clock);
        // Interceptors a test registers (a command counter) see every statement of the use cases.
        services.AddScoped(sp => database.NewContext(sp.GetServices<IInterceptor>().ToArray()));
        services.AddScoped<IAppDb>(sp => sp.GetRequiredService<AppDbContext>());
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        var catalog = RepositoryFolders.Catalog();
        _services.GetRequiredService<WorkflowCatalog>().Replace(catalog.All, []);
        var (forms, problems) = FormFiles.Read(RepositoryRoot.Combine("forms"));
        _services.GetRequiredService<FormCatalog>().Replace(forms, problems);
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; }

    public WorkflowCatalog Workflows => _services.GetRequiredService<WorkflowCatalog>();

    /// <summary>The criteria the use cases judge by: empty unless the test fills it.</summary>
    public Application.Criteria.CriteriaCatalog Criteria => _services.GetRequiredService<Application.Criteria.CriteriaCatalog>();

    /// <summary>A SQLite database (milliseconds per test) unless the test asks for PostgreSQL; <paramref name="configure"/> changes settings.</summary>
    public static async Task<UseCaseHost> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await (await database.MigratedContextAsync()).DisposeAsync();
        return new UseCaseHost(database, new TestClock(new DateTime(2025, 11, 20, 2, 0, 0, DateTimeKind.Utc)), configure);
    }

    /// <summary>Runs a use case in one scope and the request's unit of work.</summary>
    public async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> call) where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUnitOfWork>()
            .RunAsync(() => call(scope.ServiceProvider.GetRequiredService<TUseCase>()));
    }

    public Task RunAsync<TUseCase>(Func<TUseCase, Task> call) where TUseCase : notnull =>
        RunAsync<TUseCase, bool>(async useCase => { await call(useCase); return true; });

    /// <summary>Reads what was stored, on a context of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = Database.NewContext();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A clock the test sets.</summary>
public sealed class TestClock(DateTime utc) : TimeProvider
{
    public DateTime Now { get; set; } = utc;
    public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
}
