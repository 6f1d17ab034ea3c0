using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>Looks things up in the demo app's database, to aim requests and check what was stored.</summary>
internal static class Demo
{
    public static async Task<T> QueryAsync<T>(DemoApp app, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<Guid> DossierOfAsync(DemoApp app, string organisationCode) =>
        QueryAsync(app, db => (from d in db.Dossiers
                               join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                               where o.Code == organisationCode
                               select d.Id).FirstAsync());

    public static Task<int> NomineeCountAsync(DemoApp app, Guid dossierId) =>
        QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Nominees.Count).SingleAsync());
}
