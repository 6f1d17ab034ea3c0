using System.Text;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;

namespace DossierFlow.Web.Operator;

internal static class ImportOrganisationsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, OperatorArgs args)
    {
        var path = args.Positional(0, "the CSV file to import");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp \"{path}\".");
            return 1;
        }
        var system = new Actor("system", "Operator", Guid.Empty, new HashSet<string> { Roles.Admin });
        using var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            var count = await services.GetRequiredService<ImportOrganisations>().HandleAsync(system, reader);
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
