using DossierFlow.Application.Common;
using System.CommandLine;
using System.Text;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;

namespace DossierFlow.Web.Operator;

internal static class ImportOrganisationsCommand
{
    private static readonly Argument<string> File = new("FILE.csv") { Description = "a UTF-8 CSV file (docs/operations.md, \"Importing organisations\")" };

    public static Command Create(IServiceProvider services)
    {
        var command = new Command("import-organisations", "import organisations (all or nothing)") { File };
        command.SetAction(OperatorCommands.InScope(services, RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult args)
    {
        var path = args.GetRequiredValue(File);
        if (!System.IO.File.Exists(path))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp \"{path}\".");
            return 1;
        }
        var system = new Actor("system", "Operator", Guid.Empty, new HashSet<string> { Roles.Admin });
        using var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            var count = await services.GetRequiredService<IUnitOfWork>().RunAsync(
                () => services.GetRequiredService<ImportOrganisations>().HandleAsync(system, reader));
            Console.WriteLine($"Đã nhập {count} đơn vị.");
            return 0;
        }
        catch (ImportFailedException e)
        {
            Console.Error.WriteLine($"Lỗi: {e.Message}");
            foreach (var problem in e.Problems) Console.Error.WriteLine($"  {path}: {problem}");
            return 1;
        }
    }
}
