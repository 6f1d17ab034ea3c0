using DossierFlow.Application.Demo;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Users;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        // Seeders, not use cases: they save their own rows, step by step.
        services.AddScoped<Application.Demo.DemoProvince>();
        services.AddScoped<Application.Demo.DemoCouncil>();
        services.AddScoped<Application.Demo.DemoSeason>();
        services.AddScoped<Application.Demo.DemoIndicators>();
        services.AddScoped<Application.Demo.DemoHistory>();
        services.AddScoped<Application.Demo.DemoPublic>();
        return services;
    }

    public static async Task SeedAsync(IServiceProvider services, string password)
    {
        var province = services.GetRequiredService<DemoProvince>();
        await province.SeedAsync();
        await services.GetRequiredService<DemoHistory>().SeedAsync();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var save = services.GetRequiredService<SaveUser>();
        var system = new Actor("system", "Hệ thống", Guid.Empty, new HashSet<string> { Roles.Admin });
        var userIds = new Dictionary<string, string>();
        foreach (var account in DemoUsers.All)
            userIds[account.UserName] = (await users.FindByNameAsync(account.UserName))?.Id
                ?? await save.HandleAsync(system, null, new UserInput(account.UserName, null, account.FullName, account.Position,
                    await province.OrganisationIdAsync(account.OrganisationCode), [account.Role], password, false, account.Signing));
        await services.GetRequiredService<DemoCouncil>().SeedAsync(userIds);
        await services.GetRequiredService<DemoIndicators>().SeedAsync();
        await services.GetRequiredService<DemoPublic>().SeedAsync();
    }

    public static void PrintBanner(WebApplication app, string password)
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
