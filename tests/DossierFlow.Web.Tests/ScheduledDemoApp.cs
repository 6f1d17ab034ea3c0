using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace DossierFlow.Web.Tests;

/// <summary>
/// The demo application with the scheduler on, as `dotnet run` starts it: a Hangfire server on its own SQLite file
/// beside the demo's. The outbox retry pass is moved to once a year, so a mail that leaves within seconds left
/// because the action's commit enqueued a dispatch.
/// </summary>
public sealed class ScheduledDemoApp : DemoApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduling:Enabled"] = "true",
            ["Scheduling:OutboxRetryCron"] = "0 0 1 1 *",
        }));
    }
}
