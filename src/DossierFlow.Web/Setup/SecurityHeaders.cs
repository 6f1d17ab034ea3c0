namespace DossierFlow.Web.Setup;

/// <summary>
/// Browser-hardening headers on every response (pages, API, static files, error pages): no inline script, no
/// framing, no MIME sniffing, no full URL leaked in the Referer. Added when the response starts, so the exception
/// handler's and the status-code pages' responses carry them too (the exception handler clears headers set earlier).
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // Hangfire's dashboard writes inline scripts and styles and shows data: images; only its own path allows them.
    private const string JobsDashboardPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // A PDF shown inline is drawn by the browser's own viewer, which Chromium runs as an embedded plugin with inline
    // styles: object-src 'none' or a default-src blocks it. A PDF carries no page script of ours, and uploads with
    // active content are refused (UploadInspector), so its policy keeps only what stops framing and base or form abuse.
    public const string PdfPolicy = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use((context, next) =>
        {
            var jobsDashboard = context.Request.Path.StartsWithSegments(JobsDashboard.Path);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = jobsDashboard ? JobsDashboardPolicy
                    : context.Response.ContentType == Application.Forms.IPdfConverter.PdfContentType ? PdfPolicy : Policy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
