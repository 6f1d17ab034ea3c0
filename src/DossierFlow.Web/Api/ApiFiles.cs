using DossierFlow.Application.Forms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

/// <summary>Files in and out of the API: uploads read whole, downloads offered as attachments under a safe name.</summary>
internal static class ApiFiles
{
    public const string Svg = "image/svg+xml";
    public const string SvgUtf8 = "image/svg+xml; charset=utf-8";
    public const string AnyType = "application/octet-stream";

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    public static FileContentHttpResult Offer(ExportFile file) =>
        TypedResults.File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));

    /// <summary>
    /// A PDF shown in the browser's own viewer (Content-Disposition: inline) rather than saved, still under a safe
    /// name for "save as".
    /// </summary>
    public static FileContentHttpResult Preview(HttpContext context, ExportFile file)
    {
        context.Response.Headers.ContentDisposition = DownloadName.Inline(file.FileName);
        return TypedResults.File(file.Content, file.ContentType);
    }

    /// <summary>Declares a download in the OpenAPI document (a binary body of the given type).</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, string contentType = AnyType) =>
        endpoint.Produces<Stream>(StatusCodes.Status200OK, contentType);
}
