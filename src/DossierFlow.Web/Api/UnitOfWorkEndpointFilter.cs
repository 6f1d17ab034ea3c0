using DossierFlow.Application.Common;

namespace DossierFlow.Web.Api;

/// <summary>
/// One transaction per API call that may change something: the endpoint's use case runs inside it, and its
/// changes are saved once and committed only when it returned a success; an exception or an error result
/// rolls everything back.
/// </summary>
internal sealed class UnitOfWorkEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!UnitOfWorkRequests.Changes(http.Request.Method)) return await next(context);
        await using var scope = await http.RequestServices.GetRequiredService<IUnitOfWork>().BeginAsync(http.RequestAborted);
        var result = await next(context);
        if (result is not IStatusCodeHttpResult { StatusCode: >= 400 }) await scope.CompleteAsync(CancellationToken.None);
        return result;
    }
}
