using DossierFlow.Domain.Access;
using Hangfire;
using Hangfire.Dashboard;

namespace DossierFlow.Web.Setup;

/// <summary>
/// Hangfire's dashboard at /Admin/Jobs, behind the application's own sign-in and roles (an authorization policy on
/// the endpoint, which also guards the dashboard's scripts and styles): administrators may act (trigger, requeue,
/// delete), auditors only look, any other user gets the 403 page and an anonymous visitor the sign-in page.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/Admin/Jobs";
    private const string Policy = "jobs-dashboard";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(Roles.Admin, Roles.Auditor));
        return services;
    }

    public static void MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(Policy, Path, new DashboardOptions
        {
            DashboardTitle = "Tác vụ định kỳ — DossierFlow",
            AppPath = "/",
            // An auditor sees the dashboard; the connection string of the store is none of their business.
            DisplayStorageConnectionString = false,
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
        });
}
