using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DossierFlow.Web.Pages;

/// <summary>
/// What every page shares: the acting user, and one way of running a use case that turns an expected failure
/// into a Vietnamese message on the page (the input stays as typed, nothing is saved).
/// </summary>
public abstract class AppPageModel : PageModel
{
    protected Actor Actor => User.ToActor();

    /// <summary>The acting user, for the page's markup.</summary>
    public Actor ActorForView => Actor;

    protected async Task<IActionResult> RunAsync(Func<Task> useCase, Func<IActionResult> onSuccess, Func<Task<IActionResult>> onFailure)
    {
        if (!ModelState.IsValid) return await onFailure();
        try
        {
            await useCase();
            return onSuccess();
        }
        catch (Exception e) when (e is DomainException or NotFoundException)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (ImportFailedException e)
        {
            ModelState.AddModelError("", e.Message);
            foreach (var problem in e.Problems) ModelState.AddModelError("", problem.ToString());
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError("", e.Message);
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return await onFailure();
    }

    protected IActionResult Forbidden(string message)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["Forbidden"] = message;
        return Page();
    }
}
