namespace DossierFlow.Web.Tests;

/// <summary>Seeding the demo and running the deadline sweep from the command line.</summary>
public sealed class DemoCommandTests : CommandLineTest
{
    [Fact]
    public async Task Seed_demo_refuses_an_unmigrated_database_then_seeds_once_migrated()
    {
        Assert.Equal(1, (await RunAsync("seed-demo")).ExitCode);
        await MigratedAsync();
        var seeded = await RunAsync("seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Errors);
        Assert.Equal(29, CountOrganisations()); // the merged city's 20 and Sóc Trăng's and Hậu Giang's 9 former ones
    }

    [Fact]
    public async Task The_demo_sweep_as_of_25_11_and_03_12_writes_one_mail_per_unit_and_step()
    {
        var year = DateTime.UtcNow.Year;
        // The seeded demo the run has made once (the same seeding as `seed-demo`, tested above), copied.
        DemoDatabaseTemplate.CopyTo(Path.Combine(Folder, "cli.db"));

        // Seeding moves the demo council's dossiers, whose steps queue mails to the units and Sở Nội vụ; the sweep's
        // dispatch sends those too, so only the mails with a deadline key are the sweep's.
        var mailFolder = Path.Combine(Folder, "mail");
        var seeded = Count("SELECT COUNT(*) FROM Outbox");
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Outbox WHERE IdempotencyKey LIKE 'deadline:%'"));
        var before = await RunAsync("sweep-deadlines", "--as-of", $"25/11/{year}");
        Assert.True(before.ExitCode == 0, before.Errors);
        // The merged city's 17 participating units (its departments and bodies and three communes; Sóc Trăng's
        // former units ended in 2025 and take no part), reminders 14 and 7 days before the sample movement's 01/12
        // report deadline: each sent once.
        Assert.Contains("queued 34 reminder(s), 0 late notice(s), 0 digest(s)", before.Output);
        var mails = Directory.GetFiles(mailFolder, "*.eml");
        Assert.Equal(seeded + 34, mails.Length);
        // The subject goes out as RFC 2047 UTF-8 words; MimeKit folds the header and encodes only the words that need it.
        Assert.All(mails.Select(File.ReadAllText), m => Assert.Matches(@"(?m)^Subject: .*=\?utf-8\?[bq]\?", System.Text.RegularExpressions.Regex.Replace(m, @"\r?\n[ \t]+", " ")));

        var after = await RunAsync("sweep-deadlines", "--as-of", $"03/12/{year}");
        Assert.Contains("queued 0 reminder(s), 17 late notice(s), 1 digest(s)", after.Output);
        Assert.Equal(seeded + 34 + 18, Directory.GetFiles(mailFolder, "*.eml").Length);
        Assert.Contains("queued 0 reminder(s), 0 late notice(s), 0 digest(s)", (await RunAsync("sweep-deadlines", "--as-of", $"03/12/{year}")).Output);
        Assert.Equal(3, Count("SELECT COUNT(*) FROM JobRuns WHERE Job = 'deadline-sweep' AND Succeeded = 1 AND Source LIKE 'operator%'"));
    }
}
