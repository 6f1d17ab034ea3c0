using DossierFlow.Web.Demo;
using DossierFlow.Web.Operator;
using DossierFlow.Web.Setup;

var builder = WebApplication.CreateBuilder(OperatorCommands.HostArgs(args));
builder.AddDossierFlow();
var app = builder.Build();

if (OperatorCommands.IsCommand(args)) return await OperatorCommands.RunAsync(app, args);

if (!await app.PrepareAsync()) return 1;
app.UseDossierFlow();
await app.RunAsync();
return 0;

/// <summary>Lets tests start the real application (WebApplicationFactory).</summary>
public partial class Program;
