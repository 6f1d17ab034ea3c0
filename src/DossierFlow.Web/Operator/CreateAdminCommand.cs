using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using DossierFlow.Web.Users;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Operator;

internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var code = args.Required("organisation");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Code == code);
        if (organisation is null)
        {
            Console.Error.WriteLine($"Lỗi: không có đơn vị mã \"{code}\". Hãy nhập danh sách đơn vị trước (import-organisations).");
            return 1;
        }
        var system = new Actor("system", "Operator", organisation.Id, new HashSet<string> { Roles.Admin });
        var input = new UserInput(args.Required("user"), args.Optional("email"), args.Required("name"), "Quản trị hệ thống",
            organisation.Id, [Roles.Admin], args.Required("password"), false);
        await services.GetRequiredService<SaveUser>().HandleAsync(system, null, input);
        Console.WriteLine($"Created administrator '{input.UserName}' in {organisation.Name}.");
        return 0;
    }
}
