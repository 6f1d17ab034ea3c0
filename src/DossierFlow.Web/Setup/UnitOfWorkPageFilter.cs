using DossierFlow.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace DossierFlow.Web.Setup;

/// <summary>
/// One transaction per page handler that may change something (POST): the handler's use case runs inside it,
/// and its changes are saved once and committed only when the handler succeeded. An exception, a message on the
/// form (an invalid model state: a refused operation keeps the input and changes nothing) or an error status
/// rolls everything back. It runs closest to the handler, so it sees a failure before any filter shows it.
/// </summary>
internal sealed class UnitOfWorkPageFilter(IUnitOfWork unit) : IAsyncPageFilter
{
    public const int Order = int.MaxValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!UnitOfWorkRequests.Changes(http.Request.Method)
            || context.HandlerInstance.GetType().IsDefined(typeof(SavesItselfAttribute), inherit: true))
        {
            await next();
            return;
        }
        await using var scope = await unit.BeginAsync(http.RequestAborted);
        var executed = await next();
        var failed = executed.Exception is not null || !context.ModelState.IsValid || http.Response.StatusCode >= 400
            || executed.Result is IStatusCodeActionResult { StatusCode: >= 400 };
        if (!failed) await scope.CompleteAsync(CancellationToken.None);
    }
}
