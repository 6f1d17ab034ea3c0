using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Operator;

/// <summary>Issues a bearer token for a (service) account; the token is shown once and only its hash is kept.</summary>
internal static class CreateApiTokenCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var userName = args.Required("user");
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
