namespace DossierFlow.Web.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddDossierFlowApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1");
        return services;
    }

    public static void MapDossierFlowApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery();
        api.MapReferenceEndpoints();
        api.MapDossierEndpoints();
    }
}
