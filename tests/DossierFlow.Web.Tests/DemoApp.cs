using DossierFlow.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The real application in demo mode on its own SQLite file: migrated, seeded with the demo province and its
/// accounts exactly as `dotnet run` does. One instance per test class. The file starts as a copy of the demo
/// database one application built at the first use in this test run (<see cref="DemoDatabaseTemplate"/>), so
/// each instance's start finds it migrated and seeded, as a restarted demo does, instead of seeding again.
/// </summary>
public class DemoApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-web-{Guid.NewGuid():N}");

    public const string Password = "DossierFlow@2026";

    public DemoApp() : this(fromTemplate: true) { }

    private DemoApp(bool fromTemplate)
    {
        Directory.CreateDirectory(_folder);
        if (fromTemplate) DemoDatabaseTemplate.CopyTo(DatabaseFile);
    }

    /// <summary>An application that migrates and seeds its empty database itself (the template's).</summary>
    internal static DemoApp Unseeded() => new(fromTemplate: false);

    internal string DatabaseFile => Path.Combine(_folder, "dossierflow.db");

    /// <summary>The application's clock: the real one, which a test moves forward to a session's start.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>Where the mails the outbox dispatches land as .eml files (no SMTP server in these tests).</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
            ["Database:SqliteSynchronous"] = "Normal", // tests need no power-cut durability; commits skip the disk wait
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
            ["Mail:PickupFolder"] = MailFolder,
            ["Documents:Pdf:CacheFolder"] = Path.Combine(_folder, "pdf-cache"),
            ["Documents:Pdf:ProfileFolder"] = Path.Combine(_folder, "libreoffice-profile"),
            // A first conversion builds a LibreOffice profile, slow on a loaded test machine.
            ["Documents:Pdf:TimeoutSeconds"] = "600",
            // No Hangfire server: the tests dispatch when they need to (ScheduledDemoApp runs one).
            ["Scheduling:Enabled"] = "false",
            // Every test client comes from one address; SignInAbuseTests sets real limits.
            ["SignIn:ClientAttempts"] = "100000",
            ["SignIn:AccountAttempts"] = "100000",
        }));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
