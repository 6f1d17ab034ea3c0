using System.CommandLine;
using DossierFlow.Persistence;
using DossierFlow.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Web.Operator;

internal static class SeedDemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("seed-demo", "seed the demo province and its demo accounts");
        command.SetAction(OperatorCommands.InScope(services, (scope, _) => RunAsync(scope)));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            Console.Error.WriteLine("Lỗi: cơ sở dữ liệu chưa được cập nhật cấu trúc. Chạy lệnh \"migrate\" trước.");
            return 1;
        }
        await services.GetRequiredService<Application.Workflows.WorkflowPublisher>().PublishAsync();
        await DemoSetup.SeedAsync(services, services.GetRequiredService<IOptions<DemoOptions>>().Value.Password);
        Console.WriteLine($"Seeded the demo province and {DemoUsers.All.Count} demo accounts (existing ones were kept).");
        return 0;
    }
}
