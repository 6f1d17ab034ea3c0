using DossierFlow.Application.Demo;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        // Seeders, not use cases: they save their own rows, step by step.
        services.AddScoped<Application.Demo.DemoProvince>();
        services.AddScoped<Application.Demo.DemoCouncil>();
        return services;
    }

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
        if (demo.IsOn(database))
        {
            try { await DatabaseMigrations.ApplyAsync(db); }
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
            LoadForms(app, scope.ServiceProvider);
            foreach (var problem in await scope.ServiceProvider.GetRequiredService<WorkflowPublisher>().PublishAsync())
                app.Logger.LogWarning("Workflow file problem (the published version stays in use): {Problem}", problem);
        }
        catch (Exception e) when (e is WorkflowStartupException or FormatException or IOException)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            return false;
        }
        if (!demo.IsOn(database)) return true;
        await SeedAsync(scope.ServiceProvider, demo.Password);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, demo.Password));
        return true;
    }

    /// <summary>Reads forms/; a form with a problem is left out (its documents cannot be generated) and reported.</summary>
    public static void LoadForms(WebApplication app, IServiceProvider services)
    {
        var folder = services.GetRequiredService<IOptions<Application.Forms.ProvinceOptions>>().Value.FormsFolder;
        var (forms, problems) = Application.Forms.FormFiles.Read(folder);
        services.GetRequiredService<Application.Forms.FormCatalog>().Replace(forms, problems);
        foreach (var problem in problems) app.Logger.LogWarning("Form file problem: {Problem}", problem);
    }

    public static async Task SeedAsync(IServiceProvider services, string password)
    {
        var province = services.GetRequiredService<DemoProvince>();
        await province.SeedAsync();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var save = services.GetRequiredService<SaveUser>();
        var system = new Actor("system", "Hệ thống", Guid.Empty, new HashSet<string> { Roles.Admin });
        var userIds = new Dictionary<string, string>();
        foreach (var account in DemoUsers.All)
            userIds[account.UserName] = (await users.FindByNameAsync(account.UserName))?.Id
                ?? await save.HandleAsync(system, null, new UserInput(account.UserName, null, account.FullName, account.Position,
                    await province.OrganisationIdAsync(account.OrganisationCode), [account.Role], password, false));
        await services.GetRequiredService<DemoCouncil>().SeedAsync(userIds);
    }

    private static void PrintBanner(WebApplication app, string password)
    {
        var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"DossierFlow (demo) is running at {url}");
        Console.WriteLine($"Demo sign-ins (password for all: {password}):");
        foreach (var account in DemoUsers.All)
            Console.WriteLine($"  {account.UserName,-20} {Roles.Titles[account.Role]} — {account.FullName}");
        Console.WriteLine();
    }
}
