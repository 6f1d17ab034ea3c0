namespace DossierFlow.Web.Tests;

/// <summary>Usage errors and help of the operator commands.</summary>
public sealed class CommandUsageTests : CommandLineTest
{
    [Fact]
    public async Task An_unknown_command_or_missing_option_is_a_usage_error()
    {
        var unknown = await RunAsync("no-such-command");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unrecognized command or argument 'no-such-command'.", unknown.Errors);
        Assert.Contains("import-organisations", unknown.Errors); // the list of verbs follows
        Assert.Equal(2, (await RunAsync("create-admin", "--user", "a")).ExitCode);
    }

    [Fact]
    public async Task A_missing_required_option_is_named_exits_2_and_changes_nothing()
    {
        await MigratedAsync();

        var result = await RunAsync("create-admin", "--user", "quantri", "--password", "Mat-khau-2026!", "--name", "Nguyễn Văn Quản");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--organisation' is required.", result.Errors);
        Assert.DoesNotContain("--password' is required", result.Errors);
        Assert.Contains("Usage:", result.Errors); // followed by the verb's own help
        Assert.Equal(0, Count("SELECT COUNT(*) FROM AspNetUsers"));
        var blank = await RunAsync("send-test-mail", "--to", " ");
        Assert.Equal(2, blank.ExitCode);
        Assert.Contains("Option --to needs a value.", blank.Errors);
        var date = await RunAsync("sweep-deadlines", "--as-of", "2026-13-01");
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--as-of takes a date as dd/MM/yyyy.", date.Errors);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Outbox"));
    }

    [Fact]
    public async Task Help_on_a_verb_describes_its_options_and_help_lists_every_verb()
    {
        var verb = await RunAsync("migrate-workflow", "--help");
        Assert.True(verb.ExitCode == 0, verb.Errors);
        Assert.Contains("move dossiers to another version of their workflow", verb.Output);
        Assert.Matches(@"--id <ID> \(REQUIRED\)", verb.Output);
        Assert.Contains("--map <OLD=NEW>", verb.Output);
        Assert.Contains("--dry-run", verb.Output);

        foreach (var args in new[] { new[] { "help" }, ["--help"] })
        {
            var usage = await RunAsync(args);
            Assert.True(usage.ExitCode == 0, usage.Errors);
            foreach (var name in new[] { "migrate", "create-admin", "import-organisations", "seed-demo", "create-api-token", "validate-workflows",
                                         "migrate-workflow", "sweep-deadlines", "dispatch-outbox", "send-test-mail", "help" })
                Assert.Matches($@"(?m)^  {name}\b", usage.Output);
        }
    }
}
