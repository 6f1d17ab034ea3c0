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

    /// <summary>The code of the unit's first demo dossier, which its row in a list shows.</summary>
    public static Task<string> DossierCodeOfAsync(DemoApp app, string organisationCode) =>
        QueryAsync(app, db => (from d in db.Dossiers
                               join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                               where o.Code == organisationCode
                               select d.Code).FirstAsync());

    public static Task<Guid> DossierOfAsync(DemoApp app, string organisationCode) =>
        QueryAsync(app, db => (from d in db.Dossiers
                               join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                               where o.Code == organisationCode
                               select d.Id).FirstAsync());

    /// <summary>A signed-in client for a user with the role in the unit, created on first use (the demo has one leader).</summary>
    public static async Task<HttpClient> UserForAsync(DemoApp app, string organisationCode, string role)
    {
        var userName = $"{role}.{organisationCode.ToLowerInvariant()}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Persistence.Identity.ApplicationUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var organisation = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organisations
                    .Where(o => o.Code == organisationCode).Select(o => o.Id).SingleAsync();
                var admin = new Domain.Access.Actor("test", "Test", organisation, new HashSet<string> { Domain.Access.Roles.Admin });
                await scope.ServiceProvider.GetRequiredService<Users.SaveUser>().HandleAsync(admin, null,
                    new Users.UserInput(userName, null, "Người dùng thử", null, organisation, [role], DemoApp.Password, false));
            }
        }
        return await SignIn.AsAsync(app, userName);
    }

    public static Task<HttpClient> LeaderForAsync(DemoApp app, string organisationCode) => UserForAsync(app, organisationCode, "unit-leader");

    public static async Task<string> TokenForAsync(DemoApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Persistence.Identity.ApplicationUser>>().FindByNameAsync(userName);
        return await scope.ServiceProvider.GetRequiredService<Security.ApiTokens>().IssueAsync(user!);
    }

    public static Task<int> NomineeCountAsync(DemoApp app, Guid dossierId) =>
        QueryAsync(app, db => db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Nominees.Count).SingleAsync());
}
