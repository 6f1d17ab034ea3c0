using System.CommandLine;
using DossierFlow.Persistence;
using DossierFlow.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Operator;

internal static class SeedDemoCommand
{
    private static readonly Option<bool> Season = new("--season")
    {
        Description = $"also seed a season-sized demo: {Application.Demo.DemoSeason.Units} units, {Application.Demo.DemoSeason.DossierCount} dossiers "
            + "and about 1,500 nominees in every state",
    };

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("seed-demo", "seed the demo province and its demo accounts") { Season };
        command.SetAction(OperatorCommands.InScope(services, (scope, args) => RunAsync(scope, args.GetValue(Season))));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool season)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            Console.Error.WriteLine("Lỗi: cơ sở dữ liệu chưa được cập nhật cấu trúc. Chạy lệnh \"migrate\" trước.");
            return 1;
        }
        await services.GetRequiredService<Application.Workflows.WorkflowPublisher>().PublishAsync();
        await services.GetRequiredService<Application.Criteria.CriteriaPublisher>().PublishAsync();
        foreach (var problem in Setup.StartupPreparation.LoadForms(services)) Console.Error.WriteLine($"Form file problem: {problem}");
        await DemoSetup.SeedAsync(services, services.GetRequiredService<IOptions<DemoOptions>>().Value.Password);
        Console.WriteLine($"Seeded the demo province and {DemoUsers.All.Count} demo accounts (existing ones were kept).");
        if (!season) return 0;
        var seeded = await services.GetRequiredService<Application.Demo.DemoSeason>().SeedAsync();
        await services.GetRequiredService<Application.Demo.DemoPublic>().SeedSeasonAsync();
        Console.WriteLine(seeded.Created
            ? $"Seeded the demo season: {seeded.Units} units, {seeded.Dossiers} dossiers, {seeded.Nominees} nominees."
            : "The demo season is already there; nothing was added.");
        return 0;
    }
}
