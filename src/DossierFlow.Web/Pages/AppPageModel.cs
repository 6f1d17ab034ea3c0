using DossierFlow.Domain.Access;
using DossierFlow.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DossierFlow.Web.Pages;

/// <summary>
/// What every page shares: the acting user, "done, with this message, go there", and what the page loads when it is
/// shown again after a refused operation. Expected failures are turned into pages by the page filter
/// (Setup/PageFailureFilter), so handlers keep only their happy path.
/// </summary>
public abstract class AppPageModel : PageModel
{
    /// <summary>Where the layout finds the message of the operation just done.</summary>
    public const string MessageKey = "Message";

    protected Actor Actor => User.ToActor();

    /// <summary>The acting user, for the page's markup.</summary>
    public Actor ActorForView => Actor;

    /// <summary>Done: shows <paramref name="message"/> on the page reached by the redirect (this page when no page is named).</summary>
    protected RedirectToPageResult Done(string message, string? pageName = null, object? routeValues = null)
    {
        TempData[MessageKey] = message;
        return RedirectToPage(pageName, routeValues);
    }

    /// <summary>Done on this page, with its route values (the dossier's id, …).</summary>
    protected RedirectToPageResult Done(string message, object routeValues) => Done(message, null, routeValues);

    /// <summary>Stops the handler when the posted form has errors; the page shows again with them and the input kept.</summary>
    protected void ThrowIfInvalid()
    {
        if (!ModelState.IsValid) throw new PageInputRefusedException();
    }

    /// <summary>A file the browser shows in its own viewer (a PDF preview) instead of saving it.</summary>
    protected FileContentResult Preview(Application.Forms.ExportFile file)
    {
        Response.Headers.ContentDisposition = Api.DownloadName.Inline(file.FileName);
        return new FileContentResult(file.Content, file.ContentType);
    }

    /// <summary>The route value <paramref name="name"/> of a page whose route constrains it to a guid.</summary>
    protected Guid RouteGuid(string name = "id") => Guid.Parse(RouteData.Values[name]?.ToString() ?? "");

    /// <summary>
    /// Loads what the page displays around its forms, when a posted operation is refused and the page is shown again
    /// with the message and the input as typed.
    /// </summary>
    protected internal virtual Task ReloadAsync(CancellationToken ct) => Task.CompletedTask;
}
