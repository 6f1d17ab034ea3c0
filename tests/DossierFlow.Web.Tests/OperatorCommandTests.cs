using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DossierFlow.Web.Tests;

/// <summary>The operator verbs, run as an operator runs them: the real executable in its own process.</summary>
public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-cli-{Guid.NewGuid():N}");

    public OperatorCommandTests() => Directory.CreateDirectory(_folder);

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) => RunWithAsync(new Dictionary<string, string>(), args);

    private async Task<(int ExitCode, string Output, string Errors)> RunWithAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = AppProcess.StartInfo(Path.Combine(_folder, "cli.db"), _folder, args);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return await AppProcess.RunAsync(start);
    }

    private string WriteCsv(string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    private long CountOrganisations() => Count("SELECT COUNT(*) FROM Organisations");

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "cli.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Migrate_import_and_create_admin_work_in_sequence()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var csv = WriteCsv("code,name,short_code,kind,parent_code,emails,valid_from\n"
            + "UBND-T,Ủy ban nhân dân tỉnh,UBND,ProvincialPeopleCommittee,,,01/01/2020\n"
            + "SNV,Sở Nội vụ,SNV,Department,UBND-T,snv@example.gov.vn,01/01/2020\n");

        var import = await RunAsync("import-organisations", csv);
        var admin = await RunAsync("create-admin", "--user", "quantri", "--password", "Mat-khau-2026!", "--name", "Nguyễn Văn Quản", "--organisation", "SNV");

        Assert.True(import.ExitCode == 0, import.Errors);
        Assert.Contains("Đã nhập 2 đơn vị.", import.Output);
        Assert.True(admin.ExitCode == 0, admin.Errors);
        Assert.Equal(2, CountOrganisations());
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
    }

    [Fact]
    public async Task A_bad_csv_names_the_line_and_field_exits_non_zero_and_imports_nothing()
    {
        await RunAsync("migrate");
        var csv = WriteCsv("code,name,short_code,kind,parent_code,emails,valid_from\n"
            + "SNV,Sở Nội vụ,SNV,Department,,snv@example.gov.vn,01/01/2020\n"
            + "SYT,Sở Y tế,SYT,Department,,khong-phai-email,01/01/2020\n");

        var result = await RunAsync("import-organisations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dòng 3, cột \"emails\"", result.Errors);
        Assert.Equal(0, CountOrganisations());
    }

    [Fact]
    public async Task Create_admin_for_an_unknown_organisation_fails()
    {
        await RunAsync("migrate");
        var result = await RunAsync("create-admin", "--user", "a", "--password", "Mat-khau-2026!", "--name", "A", "--organisation", "KHONG-CO");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KHONG-CO", result.Errors);
    }

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
        await RunAsync("migrate");

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

    [Fact]
    public async Task Seed_demo_refuses_an_unmigrated_database_then_seeds_once_migrated()
    {
        Assert.Equal(1, (await RunAsync("seed-demo")).ExitCode);
        await RunAsync("migrate");
        var seeded = await RunAsync("seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Errors);
        Assert.Equal(22, CountOrganisations());
    }

    [Fact]
    public async Task Validate_workflows_passes_on_the_shipped_folder_and_names_file_line_and_column_otherwise()
    {
        var good = await RunAsync("validate-workflows");
        Assert.True(good.ExitCode == 0, good.Errors);
        Assert.Contains("ok    bang-khen-chu-tich-tinh v1", good.Output);

        var broken = Path.Combine(_folder, "workflows");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "giay-khen.yaml"), File.ReadAllText(DossierFlow.Tests.Shared.RepositoryRoot.Combine("workflows", "giay-khen.yaml"))
            .Replace("to: awarded", "to: councl"));
        var bad = await RunAsync("validate-workflows", broken);

        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"workflows/giay-khen\.yaml:\d+:\d+: transition 'decide' names unknown state 'councl'", bad.Errors);
    }

    [Fact]
    public async Task The_demo_sweep_as_of_25_11_and_03_12_writes_one_mail_per_unit_and_step()
    {
        var year = DateTime.UtcNow.Year;
        await RunAsync("migrate");
        Assert.Equal(0, (await RunAsync("seed-demo")).ExitCode);

        var before = await RunAsync("sweep-deadlines", "--as-of", $"25/11/{year}");
        Assert.True(before.ExitCode == 0, before.Errors);
        // 16 participating units still active (the three district committees ended on 30/06/2025), reminders
        // 14 and 7 days before the sample movement's 01/12 report deadline: each sent once.
        Assert.Contains("queued 32 reminder(s), 0 late notice(s), 0 digest(s)", before.Output);
        var mails = Directory.GetFiles(Path.Combine(_folder, "mail"), "*.eml");
        Assert.Equal(32, mails.Length);
        // The subject goes out as RFC 2047 UTF-8 words; MimeKit folds the header and encodes only the words that need it.
        Assert.All(mails.Select(File.ReadAllText), m => Assert.Matches(@"(?m)^Subject: .*=\?utf-8\?[bq]\?", System.Text.RegularExpressions.Regex.Replace(m, @"\r?\n[ \t]+", " ")));

        var after = await RunAsync("sweep-deadlines", "--as-of", $"03/12/{year}");
        Assert.Contains("queued 0 reminder(s), 16 late notice(s), 1 digest(s)", after.Output);
        Assert.Equal(32 + 17, Directory.GetFiles(Path.Combine(_folder, "mail"), "*.eml").Length);
        Assert.Contains("queued 0 reminder(s), 0 late notice(s), 0 digest(s)", (await RunAsync("sweep-deadlines", "--as-of", $"03/12/{year}")).Output);
        Assert.Equal(3, Count("SELECT COUNT(*) FROM JobRuns WHERE Job = 'deadline-sweep' AND Succeeded = 1 AND Source LIKE 'operator%'"));
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
        var empty = Path.Combine(_folder, "no-workflows");
        Directory.CreateDirectory(empty);
        var result = await RunWithAsync(new Dictionary<string, string> { ["Demo__Enabled"] = "true", ["Workflows__Folder"] = empty });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No valid version of the workflow(s)", result.Output + result.Errors);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
