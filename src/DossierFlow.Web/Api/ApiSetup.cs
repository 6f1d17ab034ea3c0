using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DossierFlow.Web.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddDossierFlowApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Complete);
        services.ConfigureHttpJsonOptions(o =>
        {
            // Enumerations travel by name ("Individual", "Collective"), which API users can read and keep stable.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(NonNullableFields.Apply);
        });
        // A body or parameter that cannot be read reaches ProblemExceptionHandler (a Vietnamese message naming the
        // field) in every environment, rather than a bare 400 outside Development.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1");
        return services;
    }

    public static void MapDossierFlowApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery()
            .AddEndpointFilter<UnitOfWorkEndpointFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapReferenceEndpoints();
        api.MapDossierEndpoints();
        api.MapWorkflowEndpoints();
        api.MapReportEndpoints();
        api.MapStatisticsEndpoints();
        api.MapFormEndpoints();
        api.MapCouncilEndpoints();
        api.MapBatchEndpoints();
    }
}
