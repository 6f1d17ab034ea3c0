using System.Diagnostics;
using System.Text.Json;

namespace DossierFlow.Tests.Shared.Mail;

/// <summary>Mails as Python's email module (policy.default) decodes them: tests/tools/emlread.py, run with Debian's python3.</summary>
public static class PythonEmail
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
        if (process.ExitCode != 0) throw new InvalidOperationException("emlread.py failed: " + error);
        return [.. JsonDocument.Parse(await output).RootElement.EnumerateArray()];
    }
}
