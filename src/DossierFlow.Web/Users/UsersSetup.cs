namespace DossierFlow.Web.Users;

internal static class UsersSetup
{
    public static IServiceCollection AddUserAdministration(this IServiceCollection services) =>
        services.AddScoped<SaveUser>().AddScoped<ListUsers>().AddScoped<GetUser>();
}
