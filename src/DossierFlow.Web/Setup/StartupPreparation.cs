using DossierFlow.Application.Workflows;
using DossierFlow.Persistence;
using DossierFlow.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Setup;

/// <summary>What production start-up checks and loads before serving; demo mode adds its migration and seed.</summary>
internal static class StartupPreparation
{
    /// <summary>
    /// Before serving: in demo mode migrate, publish the workflows, seed the demo province and print how to sign in;
    /// otherwise require an up-to-date database and publish the workflows. False (and a message) when the
    /// application cannot serve.
    /// </summary>
    public static async Task<bool> PrepareAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrated = false;
        if (demo.IsOn(database))
        {
            try { migrated = (await DatabaseMigrations.ApplyAsync(db)).Changed; }
            catch (DatabaseUpgradeException e)
            {
                app.Logger.LogCritical("{Message}", e.Message);
                return false;
            }
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
        {
            app.Logger.LogCritical("The database lacks {Count} migration(s) ({Names}): run `DossierFlow.Web migrate` first.",
                pending.Count, string.Join(", ", pending));
            return false;
        }
        try
        {
            // The calendar is read now, so a broken holiday file stops the start instead of the first action.
            var calendar = scope.ServiceProvider.GetRequiredService<Domain.Calendar.WorkingCalendar>();
            if (DateTime.UtcNow.Year > calendar.LastYear)
                app.Logger.LogWarning("The holiday calendar ends in {Year}: add the coming years, or SLA clocks count only weekends.", calendar.LastYear);
            // Only after migrations: the `migrate` verb fills the keys in production, so a start reads no table for them.
            if (migrated && await scope.ServiceProvider.GetRequiredService<Application.Dossiers.FillListKeys>().RunAsync() is > 0 and var filled)
                app.Logger.LogInformation("Filled the search keys and due dates of {Count} rows stored before they existed.", filled);
            foreach (var problem in LoadForms(scope.ServiceProvider)) app.Logger.LogWarning("Form file problem: {Problem}", problem);
            foreach (var problem in await scope.ServiceProvider.GetRequiredService<WorkflowPublisher>().PublishAsync())
                app.Logger.LogWarning("Workflow file problem (the published version stays in use): {Problem}", problem);
            foreach (var problem in await scope.ServiceProvider.GetRequiredService<Application.Criteria.CriteriaPublisher>().PublishAsync())
                app.Logger.LogWarning("Criteria file problem (the published version stays in use): {Problem}", problem);
        }
        catch (Exception e) when (e is WorkflowStartupException or FormatException or IOException)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            return false;
        }
        if (!demo.IsOn(database)) return true;
        await DemoSetup.SeedAsync(scope.ServiceProvider, demo.Password);
        app.Lifetime.ApplicationStarted.Register(() => DemoSetup.PrintBanner(app, demo.Password));
        return true;
    }

    /// <summary>
    /// Reads forms/ into the catalog; a form with a problem is left out (its documents cannot be generated) and its
    /// problems are returned. Operator commands that act on dossiers need it too: which forms are filed once per
    /// nominee decides what a complete dossier holds.
    /// </summary>
    public static IReadOnlyList<string> LoadForms(IServiceProvider services)
    {
        var folder = services.GetRequiredService<IOptions<Application.Forms.ProvinceOptions>>().Value.FormsFolder;
        var (forms, problems) = Application.Forms.FormFiles.Read(folder);
        services.GetRequiredService<Application.Forms.FormCatalog>().Replace(forms, problems);
        return problems;
    }
}
