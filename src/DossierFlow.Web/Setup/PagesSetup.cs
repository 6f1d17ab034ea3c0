using DossierFlow.Domain.Access;

namespace DossierFlow.Web.Setup;

internal static class PagesSetup
{
    public static IServiceCollection AddDossierFlowPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Error");
                // The public page (/cong-khai): consultations and published decisions, read and commented without an account.
                options.Conventions.AllowAnonymousToFolder("/Public");
                options.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
            })
            .AddMvcOptions(options =>
            {
                VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider);
                options.Filters.Add<PageFailureFilter>(PageFailureFilter.Order);
                options.Filters.Add<UnitOfWorkPageFilter>(UnitOfWorkPageFilter.Order);
            });
        // Registered before the API's handler, which answers every request it is offered.
        services.AddExceptionHandler<PageExceptionHandler>();
        return services;
    }
}
