using DossierFlow.Application.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace DossierFlow.Web.Setup;

/// <summary>
/// An exception that escapes a page request (rendering, middleware; handlers' expected failures are the page filter's)
/// leaves only a status code, which the status code pages turn into the Vietnamese 404, 403 or 500 page.
/// /api requests are declined and answered by the API's problem details handler.
/// </summary>
internal sealed class PageExceptionHandler(ILogger<PageExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (PageErrors.IsApi(context.Request)) return ValueTask.FromResult(false);
        context.Response.StatusCode = exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenException => StatusCodes.Status403Forbidden,
            BadHttpRequestException bad => bad.StatusCode,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (context.Response.StatusCode == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        else if (exception is NotFoundException or ForbiddenException)
            PageFailure.Remember(context, exception.Message);
        return ValueTask.FromResult(true);
    }
}
