using System.Reflection;
using DossierFlow.Domain.Access;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>
/// The signed-in user an API handler acts for, bound from the request once (a handler parameter of this type)
/// instead of each handler reading the principal. Not part of the OpenAPI document: it comes from the session or token.
/// </summary>
public sealed record Caller(Actor Actor) : IBindableFromHttpContext<Caller>
{
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(new Caller(context.User.ToActor()));
}
