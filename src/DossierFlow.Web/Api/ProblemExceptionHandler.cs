using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Api;

/// <summary>
/// The one handler for exceptions that reach the pipeline: expected failures become problem details with the
/// use case's Vietnamese message; anything else is a 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, code) = exception switch
        {
            ConcurrencyConflictException => (StatusCodes.Status409Conflict, "stale-revision"),
            DomainException d => (StatusCodes.Status422UnprocessableEntity, d.Code),
            ImportFailedException => (StatusCodes.Status422UnprocessableEntity, "import-failed"),
            NotFoundException => (StatusCodes.Status404NotFound, "not-found"),
            ForbiddenException => (StatusCodes.Status403Forbidden, "forbidden"),
            BadHttpRequestException => (StatusCodes.Status400BadRequest, "bad-request"),
            _ => (StatusCodes.Status500InternalServerError, "unexpected"),
        };
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);

        context.Response.StatusCode = status;
        var details = new ProblemDetails
        {
            Status = status,
            Title = status == 500 ? "Đã có lỗi ngoài dự kiến. Vui lòng thử lại sau." : exception.Message,
            Type = $"https://dossierflow.example/problems/{code}",
        };
        details.Extensions["code"] = code;
        if (exception is Domain.Workflows.GuardFailedException guards) details.Extensions["guards"] = guards.Guards;
        if (exception is ImportFailedException import)
            details.Extensions["problems"] = import.Problems.Select(p => p.ToString()).ToList();
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
