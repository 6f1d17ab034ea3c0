using DossierFlow.Application.Demo;
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
        return services;
    }

    /// <summary>In demo mode: migrate, seed the demo province and its accounts, and print how to sign in.</summary>
    public static async Task PrepareDemoAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!demo.IsOn(database))
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
                app.Logger.LogWarning("The database has pending migrations: run `DossierFlow.Web migrate` before serving.");
            return;
        }
        await db.Database.MigrateAsync();
        await SeedAsync(scope.ServiceProvider, demo.Password);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, demo.Password));
    }

    public static async Task SeedAsync(IServiceProvider services, string password)
    {
        await services.GetRequiredService<DemoProvince>().SeedAsync();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var save = services.GetRequiredService<SaveUser>();
        var province = services.GetRequiredService<DemoProvince>();
        var system = new Actor("system", "Hệ thống", Guid.Empty, new HashSet<string> { Roles.Admin });
        foreach (var account in DemoUsers.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            await save.HandleAsync(system, null, new UserInput(account.UserName, null, account.FullName, account.Position,
                await province.OrganisationIdAsync(account.OrganisationCode), [account.Role], password, false));
        }
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
