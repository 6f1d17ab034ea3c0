namespace DossierFlow.Web.Tests;

/// <summary>What stops the application or the workflow check with a clear reason.</summary>
public sealed class StartupRefusalTests : CommandLineTest
{
    [Fact]
    public async Task Validate_workflows_passes_on_the_shipped_folder_and_names_file_line_and_column_otherwise()
    {
        var good = await RunAsync("validate-workflows");
        Assert.True(good.ExitCode == 0, good.Errors);
        Assert.Contains("ok    bang-khen-chu-tich-tinh v2", good.Output);

        var broken = Path.Combine(Folder, "workflows");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "giay-khen.yaml"), File.ReadAllText(DossierFlow.Tests.Shared.RepositoryRoot.Combine("workflows", "giay-khen.yaml"))
            .Replace("to: awarded", "to: councl"));
        var bad = await RunAsync("validate-workflows", broken);

        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"workflows/giay-khen\.yaml:\d+:\d+: transition 'decide' names unknown state 'councl'", bad.Errors);
    }

    [Fact]
    public async Task The_application_refuses_to_serve_an_unmigrated_database()
    {
        var result = await RunAsync();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run `DossierFlow.Web migrate` first", result.Output + result.Errors);
    }

    [Fact]
    public async Task The_application_refuses_to_start_without_a_valid_version_of_a_needed_workflow()
    {
        var empty = Path.Combine(Folder, "no-workflows");
        Directory.CreateDirectory(empty);
        var result = await RunWithAsync(new Dictionary<string, string> { ["Demo__Enabled"] = "true", ["Workflows__Folder"] = empty });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No valid version of the workflow(s)", result.Output + result.Errors);
    }
}
