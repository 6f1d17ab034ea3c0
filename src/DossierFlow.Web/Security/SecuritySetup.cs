using DossierFlow.Domain.Access;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace DossierFlow.Web.Security;

internal static class SecuritySetup
{
    public static IServiceCollection AddDossierFlowSecurity(this IServiceCollection services)
    {
        // One policy scheme: a request with a bearer token is a service account, anything else uses the sign-in cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = "DossierFlow";
                options.DefaultChallengeScheme = "DossierFlow";
            })
            .AddPolicyScheme("DossierFlow", "Cookie or API token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddScoped<ApiTokens>();
        services.AddSingleton<ApiTokenPrincipals>();
        services.AddScoped<PasswordCheck>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Wrong passwords never lock an account (SignInThrottle slows guessing instead); lockout stays enabled
                // for new accounts because an administrator's lock is a lockout end date.
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 10;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ActorClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        // The cookie is checked against the account's security stamp on every request instead of every 30 minutes:
        // one indexed read of the user row per request, the price of revoking a session at once on every node.
        services.AddScoped<ISecurityStampValidator, SessionValidator>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "DossierFlow";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403 as problem details instead of redirecting to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin));
        services.AddHttpContextAccessor();
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // Path and query only: the cookie handler builds an absolute URI from the request's Host header, which a
            // client can forge; a relative Location always stays on the host the browser asked.
            var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
            context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Results.Problem(statusCode: status,
                title: status == 401 ? "Chưa đăng nhập." : "Bạn không có quyền thực hiện thao tác này.")
            .ExecuteAsync(context.HttpContext);
    }
}
