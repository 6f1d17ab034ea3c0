using DossierFlow.Web.Demo;
using DossierFlow.Web.Operator;
using DossierFlow.Web.Setup;

var builder = WebApplication.CreateBuilder(OperatorCommands.HostArgs(args));
builder.AddDossierFlow();
// Disposed on every way out: the console logger writes from a background queue, and only disposal flushes it, so a
// refusal to start (exit code 1) would otherwise lose its reason when the process ends before the queue is written.
await using var app = builder.Build();

if (OperatorCommands.IsCommand(args)) return await OperatorCommands.RunAsync(app, args);

if (!await app.PrepareAsync()) return 1;
app.UseDossierFlow();
await app.RunAsync();
return 0;

/// <summary>Lets tests start the real application (WebApplicationFactory).</summary>
public partial class Program;
