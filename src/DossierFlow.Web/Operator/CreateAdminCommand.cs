using DossierFlow.Application.Common;
using System.CommandLine;
using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using DossierFlow.Web.Users;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Operator;

internal static class CreateAdminCommand
{
    private static readonly Option<string> User = OperatorCommands.Required("--user", "NAME", "the user name to sign in with");
    private static readonly Option<string> Password = OperatorCommands.Required("--password", "PW",
        "at least 10 characters with an upper-case letter, a lower-case letter, a digit and a symbol");
    private static readonly Option<string> FullName = OperatorCommands.Required("--name", "FULL NAME", "the administrator's full name");
    private static readonly Option<string> Organisation = OperatorCommands.Required("--organisation", "CODE", "the code of an imported organisation");
    private static readonly Option<string?> Email = new("--email") { HelpName = "E", Description = "the administrator's e-mail address" };

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("create-admin", "create an administrator bound to an organisation") { User, Password, FullName, Organisation, Email };
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var code = args.GetRequiredValue(Organisation);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Code == code);
        if (organisation is null)
        {
            Console.Error.WriteLine($"Lỗi: không có đơn vị mã \"{code}\". Hãy nhập danh sách đơn vị trước (import-organisations).");
            return 1;
        }
        var system = new Actor("system", "Operator", organisation.Id, new HashSet<string> { Roles.Admin });
        var input = new UserInput(args.GetRequiredValue(User), args.GetValue(Email), args.GetRequiredValue(FullName), "Quản trị hệ thống",
            organisation.Id, [Roles.Admin], args.GetRequiredValue(Password), false);
        await services.GetRequiredService<IUnitOfWork>().RunAsync(() => services.GetRequiredService<SaveUser>().HandleAsync(system, null, input));
        Console.WriteLine($"Created administrator '{input.UserName}' in {organisation.Name}.");
        return 0;
    }
}
