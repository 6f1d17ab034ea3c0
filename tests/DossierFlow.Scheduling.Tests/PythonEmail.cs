using System.Diagnostics;
using System.Text.Json;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Scheduling.Tests;

/// <summary>Mails as Python's email module (policy.default) decodes them: tests/tools/emlread.py, run with Debian's python3.</summary>
internal static class PythonEmail
{
    public static async Task<JsonElement[]> ReadAsync(params string[] files)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "tools", "emlread.py"));
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "emlread.py failed: " + error);
        return [.. JsonDocument.Parse(await output).RootElement.EnumerateArray()];
    }
}
