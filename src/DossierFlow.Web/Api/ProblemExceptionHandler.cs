using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Api;

/// <summary>
/// The one handler for exceptions that reach the pipeline: expected failures become problem details with the
/// use case's Vietnamese message (in <c>title</c> and <c>detail</c>) and a stable <c>code</c>; anything else is a
/// 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, code, message) = exception switch
        {
            ConcurrencyConflictException => (StatusCodes.Status409Conflict, "stale-revision", exception.Message),
            DomainException d => (StatusCodes.Status422UnprocessableEntity, d.Code, exception.Message),
            ImportFailedException => (StatusCodes.Status422UnprocessableEntity, "import-failed", exception.Message),
            NotFoundException => (StatusCodes.Status404NotFound, "not-found", exception.Message),
            ForbiddenException => (StatusCodes.Status403Forbidden, "forbidden", exception.Message),
            // The framework's messages for a body or parameter it could not read are English: replaced, not shown.
            BadHttpRequestException bad => ApiProblems.ForUnreadableRequest(bad),
            _ => (StatusCodes.Status500InternalServerError, "unexpected", ApiProblems.ForStatus(500).Title),
        };
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);

        context.Response.StatusCode = status;
        var details = new ProblemDetails
        {
            Status = status,
            Title = message,
            Detail = message,
            Type = $"https://dossierflow.example/problems/{code}",
        };
        details.Extensions["code"] = code;
        if (exception is Domain.Workflows.GuardFailedException guards) details.Extensions["guards"] = guards.Guards;
        if (exception is ImportFailedException import)
            details.Extensions["problems"] = import.Problems.Select(p => p.ToString()).ToList();
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
