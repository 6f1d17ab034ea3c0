using System.Data.Common;
using System.Text.RegularExpressions;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Reports.Statistics;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFlow.Persistence.Tests;

/// <summary>
/// Every list of dossiers, with and without search and filters, is asked of the database as the use cases ask it,
/// and each statement's plan is read back: no statement may read the whole Dossiers, Nominee or JournalEntries table.
/// The rule per provider:
/// - SQLite (EXPLAIN QUERY PLAN, no ANALYZE, so the planner judges by the schema alone): no "SCAN &lt;alias&gt;" of
///   Dossiers, Nominee or JournalEntries without "USING … INDEX". Walking an index in order (a page by date) or a covering index
///   (a count) is allowed; a row-by-row scan of the table is not.
/// - PostgreSQL (EXPLAIN after ANALYZE with <c>enable_seqscan = off</c>): the setting makes any usable index win
///   over a sequential scan, so a "Seq Scan on one of them" left in the plan means no index can serve the
///   statement. On a small test database the planner would rightly prefer scans, which is why the setting is needed.
/// Organisations, movements and award types are small reference tables and may be scanned.
/// </summary>
public class ListQueryPlanTests
{
    private static readonly string[] BigTables = ["Dossiers", "Nominee", "JournalEntries"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task No_list_query_scans_the_dossiers_or_nominees_table(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var atChairman = await province.Dossier().WithNominees("Nguyễn Thị Hồng").AtChairmanAsync();
        await province.Dossier().From(province.Union).WithNominees("Trần Văn Đức").AtCouncilAsync();
        for (var i = 0; i < 5; i++) await province.Dossier().WithNominees($"Lê Văn {i}").DraftAsync();

        var recorder = new StatementRecorder();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseDossierFlowDatabase(host.Database.Options);
        options.AddInterceptors(recorder);
        await using var db = new AppDbContext(options.Options);
        var search = new DossierSearch(db);
        var catalog = RepositoryFolders.Catalog();
        var rules = VotingRules.Parse("voting-rules.yaml", File.ReadAllText(Path.Combine(RepositoryFolders.Workflows, VotingRules.PathInWorkflowsFolder)));
        var auditor = Province.As(province.HomeAffairs, Roles.Auditor);
        var filters = new[]
        {
            new DossierFilter(),
            new DossierFilter("nguyen thi hong"),
            new DossierFilter(Movement: province.MovementId, Year: 2025, Award: Guid.NewGuid(), State: "appraising", Late: true, Overdue: true, Page: 3),
            // The next page by key (the inbox's and the dossier list's API), after a row with and without a due date.
            new DossierFilter(After: new ListCursor(40, new DateOnly(2025, 12, 1), host.Clock.Now, Guid.NewGuid()).Encode()),
            new DossierFilter(After: new ListCursor(400, null, host.Clock.Now, Guid.NewGuid()).Encode()),
            // The movement dashboard's SLA links.
            new DossierFilter(Movement: province.MovementId, Year: 2025, Running: true),
            new DossierFilter(Movement: province.MovementId, Year: 2025, DueBy: new DateOnly(2025, 12, 1)),
        };
        foreach (var filter in filters)
        {
            await new ListDossiers(db, search, host.Clock).HandleAsync(province.Clerk(province.School), filter);
            await new ListDossiers(db, search, host.Clock).HandleAsync(auditor, filter);
            await new ListDossiers(db, search, host.Clock).HandleAsync(province.Member, filter);
            await new ListInbox(db, search, catalog, RepositoryFolders.Calendar(), host.Clock).HandleAsync(province.Reviewer, Vocabulary.Holder.HomeAffairs, filter);
            await new ChairmanInbox(db, search, catalog, host.Clock).HandleAsync(province.Chairman, filter);
            await new GetSessions(db, catalog, rules, search, host.Clock).WaitingAsync(province.Secretary, filter);
        }
        await new CountDossiersByHolder(db, catalog).HandleAsync(auditor);
        // The movement dashboard's figures and the nominee list behind them.
        var calendar = RepositoryFolders.Calendar();
        await new Application.Reports.Dashboard.SummariseDashboard(db, catalog, calendar, new Application.Deadlines.DeadlineProgress(db, host.Clock),
            new Application.Reports.Dashboard.StepDurations(db, catalog, calendar), host.Clock).HandleAsync(auditor, province.MovementId.ToString(), "2025");
        foreach (var stage in Enum.GetValues<Application.Reports.Dashboard.NomineeStage>())
            await new Application.Reports.Dashboard.ListDashboardNominees(db, host.Clock).HandleAsync(auditor,
                new Application.Reports.Dashboard.DashboardNomineeQuery(province.MovementId.ToString(), "2025", Guid.NewGuid().ToString(), "Department", stage, 2));
        await new CountDossiersByHolder(db, catalog).HandleAsync(province.Reviewer, withClosed: false);
        // The ministry statistics, once a dossier is awarded: the year's decided dossiers by id, each set from an index
        // bounded by the year, then their nominees.
        var revision = await DossierBuilder.RevisionAsync(host, atChairman);
        var approved = await DossierBuilder.NomineesAsync(host, atChairman);
        await host.RunAsync<DecideAward, ChairmanDecisionResult>(d => d.HandleAsync(province.Chairman, atChairman,
            new ChairmanDecisionInput(revision, Guid.NewGuid(), approved, null)));
        var layout = StatisticsLayoutFile.Load(Path.Combine(RepositoryFolders.Workflows, StatisticsLayoutFile.PathInWorkflowsFolder));
        await new ComputeMinistryStatistics(db, layout, host.Clock, Microsoft.Extensions.Options.Options.Create(new Application.Forms.ProvinceOptions()))
            .HandleAsync(auditor, VietnameseFormat.Today(host.Clock).Year);
        await new CountDossiersByHolder(db, catalog).HandleAsync(province.Clerk(province.School));

        Assert.True(recorder.Statements.Count >= 50, $"only {recorder.Statements.Count} statements were recorded");
        await using var explain = host.Database.NewContext();
        if (provider == DatabaseProvider.PostgreSql)
        {
            await explain.Database.OpenConnectionAsync();
            await explain.Database.ExecuteSqlRawAsync("ANALYZE; SET enable_seqscan = off;");
        }
        var scans = new List<string>();
        // EF writes "WHERE 0" for a list of no ids; SQLite tests such a constant once, before its loop, and reads no row
        // (its plan still says SCAN).
        foreach (var statement in recorder.Statements.Distinct().Where(s => !Regex.IsMatch(s.Text, @"\bWHERE 0\s*(\n|$)")))
            foreach (var line in await PlanAsync(explain, provider, statement))
                if (ScansBigTable(provider, statement.Text, line)) scans.Add($"{line}\n  in: {statement.Text}");
        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    /// <summary>
    /// The inbox's and the Chairman's page: the statement that picks the page (the one with a LIMIT) reads the held
    /// dossiers from a covering index only, so it does not read a table row per held dossier to sort them; then only
    /// the page's rows are read, by id. SQLite's plan, judged by the schema alone (no ANALYZE).
    /// </summary>
    [Fact]
    public async Task The_inbox_and_chairman_pages_are_chosen_from_an_index_alone()
    {
        await using var host = await UseCaseHost.CreateAsync(DatabaseProvider.Sqlite);
        var province = await Province.CreateAsync(host);
        await province.Dossier().WithNominees("Nguyễn Thị Hồng").AtChairmanAsync();
        await province.Dossier().WithNominees("Trần Văn Đức").AppraisingAsync();

        var recorder = new StatementRecorder();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseDossierFlowDatabase(host.Database.Options);
        options.AddInterceptors(recorder);
        await using var db = new AppDbContext(options.Options);
        var search = new DossierSearch(db);
        var catalog = RepositoryFolders.Catalog();
        var inbox = await new ListInbox(db, search, catalog, RepositoryFolders.Calendar(), host.Clock)
            .HandleAsync(province.Reviewer, Vocabulary.Holder.HomeAffairs, new DossierFilter());
        var chairman = await new ChairmanInbox(db, search, catalog, host.Clock).HandleAsync(province.Chairman, new DossierFilter());
        Assert.Single(inbox.Items);
        Assert.Single(chairman.Groups.SelectMany(g => g.Dossiers));

        await using var explain = host.Database.NewContext();
        var pages = recorder.Statements.Where(s => s.Text.Contains("LIMIT") && s.Text.Contains("\"Dossiers\"")).ToList();
        Assert.Equal(2, pages.Count);
        foreach (var statement in pages)
        {
            var dossierLines = (await PlanAsync(explain, DatabaseProvider.Sqlite, statement))
                .Where(l => Regex.IsMatch(l, @"^(SEARCH|SCAN) d\b")).ToList();
            Assert.NotEmpty(dossierLines);
            Assert.All(dossierLines, l => Assert.Contains("COVERING INDEX", l));
        }
    }

    private static bool ScansBigTable(DatabaseProvider provider, string sql, string planLine)
    {
        if (provider == DatabaseProvider.PostgreSql)
            return BigTables.Any(t => planLine.Contains($"Seq Scan on \"{t}\"") || planLine.Contains($"Seq Scan on {t}"));
        var aliases = BigTables.SelectMany(t => Regex.Matches(sql, $"\"{t}\"(?: AS \"(\\w+)\")?").Select(m => m.Groups[1].Success ? m.Groups[1].Value : t));
        return aliases.Any(a => Regex.IsMatch(planLine, $@"^SCAN {Regex.Escape(a)}$") || Regex.IsMatch(planLine, $@"^SCAN {Regex.Escape(a)} (?!USING)"));
    }

    private static async Task<List<string>> PlanAsync(AppDbContext db, DatabaseProvider provider, Statement statement)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + statement.Text;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        var column = provider == DatabaseProvider.Sqlite ? reader.GetOrdinal("detail") : 0;
        while (await reader.ReadAsync()) lines.Add(reader.GetString(column).Trim());
        return lines;
    }

    private sealed record Statement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters)
    {
        public bool Equals(Statement? other) => other is not null && Text == other.Text
            && Parameters.Select(p => (p.Name, p.Value?.ToString())).SequenceEqual(other.Parameters.Select(p => (p.Name, p.Value?.ToString())));
        public override int GetHashCode() => Text.GetHashCode();
    }

    /// <summary>Keeps every query the use cases send, with its parameters, to explain it afterwards.</summary>
    private sealed class StatementRecorder : DbCommandInterceptor
    {
        public List<Statement> Statements { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                Statements.Add(new Statement(command.CommandText,
                    command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
