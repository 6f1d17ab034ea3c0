using System.CommandLine;
using System.Diagnostics;
using DossierFlow.Persistence;
using DossierFlow.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Operator;

/// <summary>
/// Grows the configured database (SQLite or PostgreSQL) to a province's size on top of the demo, for measuring
/// pages and actions at scale. Not for a production database: the grown units, accounts and dossiers are made up.
/// </summary>
internal static class GrowDatabaseCommand
{
    private static readonly Option<int> Organisations = new("--organisations")
    {
        HelpName = "N", Description = "how many organisations the database should have in all", DefaultValueFactory = _ => 1000,
    };

    private static readonly Option<int> Dossiers = new("--dossiers")
    {
        HelpName = "N", Description = "how many dossiers the database should have in all", DefaultValueFactory = _ => 50000,
    };

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("grow-database",
            "grow the demo database to a province's size (organisations with accounts, ten years of dossiers, mail history)")
        {
            Organisations, Dossiers,
        };
        Organisations.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100_000) r.AddError("--organisations must be 1 to 100000."); });
        Dossiers.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 2_000_000) r.AddError("--dossiers must be 0 to 2000000."); });
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            Console.Error.WriteLine("Lỗi: cơ sở dữ liệu chưa được cập nhật cấu trúc. Chạy lệnh \"migrate\" trước.");
            return OperatorCommands.Failed;
        }
        var watch = Stopwatch.StartNew();
        await services.GetRequiredService<Application.Workflows.WorkflowPublisher>().PublishAsync();
        foreach (var problem in Setup.StartupPreparation.LoadForms(services)) Console.Error.WriteLine($"Form file problem: {problem}");
        var password = services.GetRequiredService<IOptions<DemoOptions>>().Value.Password;
        await DemoSetup.SeedAsync(services, password);
        var grower = ActivatorUtilities.CreateInstance<DatabaseGrower>(services);
        var result = await grower.GrowAsync(args.GetValue(Organisations), args.GetValue(Dossiers), password, Console.WriteLine);
        Console.WriteLine($"Grew the database in {watch.Elapsed.TotalSeconds:0} s: {result.Dossiers} dossiers and {result.Mails} sent mails added; " +
                          $"{result.Organisations} grown organisations, {result.Users} new accounts (canbo.ttNNNN, lanhdao.ttNNNN; the demo password).");
        return OperatorCommands.Done;
    }
}
