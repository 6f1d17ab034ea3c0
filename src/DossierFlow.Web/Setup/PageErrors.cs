using Microsoft.AspNetCore.Http.Features;

namespace DossierFlow.Web.Setup;

/// <summary>
/// Page requests that end in an error status without a body (an unknown page or id, a forbidden page, a failure, a
/// request too large) are re-executed to the Vietnamese error page (Pages/Error). /api keeps its problem details.
/// </summary>
internal static class PageErrors
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>
    /// Goes before the exception handler, so that the status it leaves for a page request gets its page too.
    /// A page post may carry one upload of <paramref name="maxUploadMegabytes"/> plus the form's fields; a larger body is
    /// answered 413 before anything reads it (a browser always states the length of a form it sends).
    /// </summary>
    public static void UsePageErrors(this WebApplication app, int maxUploadMegabytes)
    {
        var limit = (maxUploadMegabytes + 1L) * 1024 * 1024;
        app.UseWhen(context => !IsApi(context.Request), pages =>
        {
            // The query is replaced too: the page's own (?handler=Upload) would select a handler the error page lacks.
            pages.UseStatusCodePagesWithReExecute("/Error/{0}", "?status={0}");
            pages.Use((context, next) =>
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && context.Request.ContentLength > limit)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return Task.CompletedTask;
                }
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
                return next(context);
            });
        });
    }
}
