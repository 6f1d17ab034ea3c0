using System.CommandLine;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Operator;

/// <summary>Issues a bearer token for a (service) account; the token is shown once and only its hash is kept.</summary>
internal static class CreateApiTokenCommand
{
    private static readonly Option<string> User = OperatorCommands.Required("--user", "NAME", "the account the token acts as");

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("create-api-token", "issue a bearer token for a (service) account") { User };
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var userName = args.GetRequiredValue(User);
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        if (user is null)
        {
            Console.Error.WriteLine($"Lỗi: không có người dùng \"{userName}\".");
            return 1;
        }
        var token = await services.GetRequiredService<ApiTokens>().IssueAsync(user);
        Console.WriteLine($"API token for '{userName}' (shown once; send as 'Authorization: Bearer <token>'):");
        Console.WriteLine(token);
        return 0;
    }
}
