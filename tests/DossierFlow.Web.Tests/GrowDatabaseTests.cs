using System.Net;
using DossierFlow.Application.Workflows;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using DossierFlow.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The grower behind <c>grow-database</c>, on both providers at a small size: the sizes asked for, dossiers in states
/// their workflow has with a journal that ends in that state, the current year's reminder season, and the pages over it.
/// </summary>
public sealed class GrowDatabaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Grows_to_the_sizes_asked_with_consistent_dossiers_and_the_pages_still_work(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // A copy of the run's migrated database (the grower's subject is what it adds, not the migrations): the
        // application starts on it as on any up-to-date database, and seeds the demo itself.
        await (await database.MigratedContextAsync()).DisposeAsync();
        await using var app = new GrownApp(database.Options);
        using var scope = app.Services.CreateScope();
        var grower = ActivatorUtilities.CreateInstance<DatabaseGrower>(scope.ServiceProvider);

        var result = await grower.GrowAsync(40, 300, DemoApp.Password, _ => { });
        var again = await ActivatorUtilities.CreateInstance<DatabaseGrower>(scope.ServiceProvider).GrowAsync(40, 300, DemoApp.Password, _ => { });

        await using var db = database.NewContext();
        Assert.Equal(40, await db.Organisations.CountAsync());
        Assert.Equal(300, await db.Dossiers.CountAsync());
        Assert.Equal(0, again.Dossiers);
        Assert.Equal(2 * result.Organisations, await db.Users.CountAsync(u => u.UserName!.StartsWith("canbo.tt") || u.UserName!.StartsWith("lanhdao.tt")));
        var nominees = await db.Dossiers.SelectMany(d => d.Nominees).CountAsync();
        Assert.InRange(nominees, 300 * 1.5, 300 * 2.5);
        Assert.True(await db.Dossiers.SelectMany(d => d.Documents).CountAsync() >= 300);

        var catalog = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Journal).ToListAsync();
        foreach (var dossier in dossiers)
        {
            var definition = catalog.Get(dossier.WorkflowId, dossier.WorkflowVersion);
            var last = dossier.Journal.OrderBy(e => e.Revision).LastOrDefault();
            Assert.Equal(last?.ToState ?? definition.Initial, dossier.State);
            Assert.True(definition.States.ContainsKey(dossier.State));
        }
        var chairman = catalog.Latest("bang-khen-chu-tich-tinh");
        Assert.Subset(chairman.States.Keys.ToHashSet(), dossiers.Where(d => d.WorkflowId == chairman.Id).Select(d => d.State).ToHashSet());

        var year = Application.Common.VietnameseFormat.Today(TimeProvider.System).Year;
        var season = await db.Movements.AsNoTracking().Where(m => m.PlanNumber == DatabaseGrower.MovementPlanNumber && m.StartYear == year).Select(m => m.Id).SingleAsync();
        var keys = await db.Outbox.CountAsync(m => m.IdempotencyKey.StartsWith($"deadline:{season:N}:") && m.Status == Application.Mail.OutboxStatus.Sent);
        Assert.Equal(result.Organisations * 2 * 14, keys);

        foreach (var (user, path) in new[] { ("vanthu.snv", "/Inbox"), ("chutich.ubnd", "/Chairman"), ("canbo.tt0001", "/Dossiers"),
                     ("vanthu.snv", "/"), ("quantri", $"/Admin/Movements/Details/{season}?year={year}") })
        {
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await SignIn.PostAsync(client, user, DemoApp.Password)).StatusCode);
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {path}: {response.StatusCode}");
        }
    }

    /// <summary>The demo application on the given database.</summary>
    private sealed class GrownApp(DatabaseOptions database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider.ToString(),
                ["Database:ConnectionString"] = database.ConnectionString,
                ["Database:SqliteSynchronous"] = database.SqliteSynchronous.ToString(),
                ["Demo:Enabled"] = "true",
                ["Demo:Password"] = DemoApp.Password,
                ["Mail:PickupFolder"] = Path.Combine(Path.GetTempPath(), $"dossierflow-grow-{Guid.NewGuid():N}"),
                ["Scheduling:Enabled"] = "false",
                ["SignIn:ClientAttempts"] = "100000",
                ["SignIn:AccountAttempts"] = "100000",
            }));
    }
}
