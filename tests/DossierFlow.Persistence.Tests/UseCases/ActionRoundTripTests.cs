using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// How many SQL statements a workflow action sends, each a round trip inside the action's transaction (which on
/// SQLite holds the write lock, so they bound actions per second): Sở Nội vụ's receive, which also issues the
/// numbered receipt and mails it, and its return.
/// A change that adds a query to every action fails here.
/// </summary>
public sealed class ActionRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CommandCounter _counter = new();
    private UseCaseHost _host = null!;
    private Province _province = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    private async Task<int> CountAsync(Guid dossier, string action, string? comment = null)
    {
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        _counter.Clear();
        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, action, comment, revision: revision);
        var commands = _counter.Commands;
        output.WriteLine($"{action}: {commands.Count} statements");
        foreach (var command in commands) output.WriteLine("  " + command.ReplaceLineEndings(" "));
        return commands.Count;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Receiving_and_returning_a_dossier_send_a_bounded_number_of_statements(DatabaseProvider provider)
    {
        _host = await UseCaseHost.CreateAsync(provider, s => s.AddSingleton<IInterceptor>(_counter));
        _province = await Province.CreateAsync(_host);
        var dossier = await _province.Dossier().DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");

        var receive = await CountAsync(dossier, "receive");
        var back = await CountAsync(dossier, "return", "Thiếu bản sao quyết định.");

        // Before issue 16's work: receive 28, return 12. Now the dossier with its nominees (and the operation's journal
        // entry), its documents, the movement with the award and unit; then the writes. Receive adds the receipt on
        // what the action loaded (its saved values, issuer, references, number, content): 16 on SQLite, 12 on PostgreSQL.
        Assert.True(back <= 6, $"return sent {back} statements");
        Assert.True(receive <= 16, $"receive sent {receive} statements");
    }
}
