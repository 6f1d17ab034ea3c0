using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DossierFlow.Web.Setup;

/// <summary>
/// The one place where a page handler's expected failures become what a person sees, so that handlers keep only
/// their happy path: not found → the 404 page, forbidden → the 403 page (both with the use case's message), a refused
/// operation → the same page again (422) with the message and the input as typed. Anything else goes on to the exception
/// handler and the 500 page. It runs outside every other page filter (<see cref="Order"/>), so a failure of the save
/// that follows a successful handler reaches it too.
/// </summary>
internal sealed class PageFailureFilter : IAsyncPageFilter
{
    public const int Order = -1000;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var reading = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        // A filter in a link (?overdueOnly=abc, ?MovementId=xyz) that cannot be read is left at its default.
        if (reading) IgnoreUnreadableValues(context.ModelState);
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled) return;
        if (await ResultForAsync(exception, context, reload: !reading) is not { } result) return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }

    private static async Task<IActionResult?> ResultForAsync(Exception exception, PageHandlerExecutingContext context, bool reload)
    {
        switch (exception)
        {
            case NotFoundException:
                PageFailure.Remember(context.HttpContext, exception.Message);
                return new NotFoundResult();
            case ForbiddenException:
                PageFailure.Remember(context.HttpContext, exception.Message);
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            case DomainException or ImportFailedException or PageInputRefusedException:
                if (context.HandlerInstance is not PageModel page) return null;
                AddErrors(page.ModelState, exception);
                // A page that cannot show what was asked (a GET) says why; nothing was posted to keep.
                if (!reload) return page.Page();
                if (page is AppPageModel app)
                {
                    // The page shows again with what it displays around the form; the posted input stays bound.
                    try { await app.ReloadAsync(context.HttpContext.RequestAborted); }
                    catch (Exception again) when (again is NotFoundException or ForbiddenException) { return await ResultForAsync(again, context, reload: false); }
                }
                // Unprocessable, not OK: the page is the same form again, with what was refused.
                context.HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return page.Page();
            default:
                return null;
        }
    }

    private static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Exception exception)
    {
        if (exception is PageInputRefusedException) return; // its messages are already in the model state
        modelState.AddModelError("", exception.Message);
        if (exception is ImportFailedException import)
            foreach (var problem in import.Problems) modelState.AddModelError("", problem.ToString());
    }

    private static void IgnoreUnreadableValues(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        foreach (var key in modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList()) modelState.Remove(key);
    }
}

/// <summary>The message of a not-found or forbidden failure, kept for the 404 or 403 page that the request is re-executed to.</summary>
public static class PageFailure
{
    private const string Key = "DossierFlow.PageFailure";

    public static void Remember(HttpContext context, string message) => context.Items[Key] = message;

    public static string? MessageOf(HttpContext context) => context.Items[Key] as string;
}
