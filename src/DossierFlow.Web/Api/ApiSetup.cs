namespace DossierFlow.Web.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddDossierFlowApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // Enumerations travel by name ("Individual", "Collective"), which API users can read and keep stable.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1");
        return services;
    }

    public static void MapDossierFlowApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery().AddEndpointFilter<UnitOfWorkEndpointFilter>();
        api.MapReferenceEndpoints();
        api.MapDossierEndpoints();
        api.MapWorkflowEndpoints();
        api.MapReportEndpoints();
        api.MapFormEndpoints();
        api.MapCouncilEndpoints();
    }
}
