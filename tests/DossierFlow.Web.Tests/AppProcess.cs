using System.Diagnostics;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The built application as an operator starts it: the real executable in its own process, from the project
/// folder (whose appsettings.json points at ../../workflows), on a SQLite file of the test's own, without demo.
/// </summary>
public static class AppProcess
{
    public static ProcessStartInfo StartInfo(string database, string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DossierFlow.Tests.Shared.RepositoryRoot.Combine("src", "DossierFlow.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DossierFlow.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={database}";
        start.Environment["Database__SqliteSynchronous"] = "Normal";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        return start;
    }

    /// <summary>Runs it to the end and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
