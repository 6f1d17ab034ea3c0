using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// One way into the application as its route table lists it: a Razor page handler (page route × handler name ×
/// GET/POST) or a mapped endpoint (route × HTTP method), with what its authorization metadata demands.
/// </summary>
/// <param name="RoleRequirements">Each set is one role requirement; a caller must hold a role of every set.</param>
/// <param name="QueryParameters">Handler parameters bound from the query or form that name a row (Guid or id).</param>
internal sealed record EndpointHandler(
    string Method, RoutePattern Pattern, string? Handler, bool IsPage, bool AllowsAnonymous,
    IReadOnlyList<IReadOnlySet<string>> RoleRequirements, IReadOnlyList<string> QueryParameters, bool AcceptsForm)
{
    public string Route => "/" + (Pattern.RawText ?? "").TrimStart('/');

    public bool IsApi => Route.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public bool IsSafe => Method == HttpMethods.Get;

    public bool Admits(string role) => RoleRequirements.All(r => r.Contains(role));

    public override string ToString() => $"{Method} {Route}{(Handler is null ? "" : $"?handler={Handler}")}";
}

/// <summary>Reads the running application's endpoints, so that an endpoint added tomorrow is in the list without a test.</summary>
internal static class RouteTable
{
    public static async Task<IReadOnlyList<EndpointHandler>> ReadAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = services.GetRequiredService<PageLoader>();
        var handlers = new List<EndpointHandler>();
        var seenPages = new HashSet<string>();

        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // A page has one endpoint per route ("/Dossiers/Index" and "/Dossiers"): the shortest stands for it.
            .OrderBy(e => e.RoutePattern.RawText?.Length ?? 0);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (!seenPages.Add(page.ViewEnginePath)) continue;
                var compiled = await pages.LoadAsync(page, endpoint.Metadata);
                var metadata = endpoint.Metadata.Concat(compiled.EndpointMetadata).ToList();
                var (anonymous, roles) = await AuthorizationOf(policies, metadata, endpoint);
                var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (compiled.HandlerMethods.Count == 0)
                    handlers.Add(new(HttpMethods.Get, endpoint.RoutePattern, null, true, anonymous, roles, [], false));
                foreach (var method in compiled.HandlerMethods)
                {
                    var query = method.Parameters
                        .Where(p => !routeNames.Contains(p.Name) && NamesARow(p.Name, p.ParameterType))
                        .Select(p => p.Name).ToList();
                    handlers.Add(new(HttpMethods.GetCanonicalizedValue(method.HttpMethod), endpoint.RoutePattern, method.Name,
                        true, anonymous, roles, query, false));
                }
                continue;
            }

            var (anon, required) = await AuthorizationOf(policies, endpoint.Metadata, endpoint);
            var accepts = endpoint.Metadata.OfType<IAcceptsMetadata>().SelectMany(a => a.ContentTypes)
                .Any(t => t.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));
            // An endpoint that names no method (a middleware branch such as Hangfire's dashboard) answers every method.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
            foreach (var method in methods)
                handlers.Add(new(method, endpoint.RoutePattern, null, false, anon, required, [], accepts));
        }
        return handlers;
    }

    private static bool NamesARow(string name, Type type) =>
        type == typeof(Guid) || type == typeof(Guid?) || (type == typeof(string) && name.EndsWith("id", StringComparison.OrdinalIgnoreCase));

    private static async Task<(bool Anonymous, IReadOnlyList<IReadOnlySet<string>> Roles)> AuthorizationOf(
        IAuthorizationPolicyProvider provider, IReadOnlyList<object> metadata, Endpoint endpoint)
    {
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        // The authorization middleware's own reading: AllowAnonymous wins, and no authorization metadata means open.
        if (metadata.OfType<IAllowAnonymous>().Any() || (authorize.Count == 0 && policies.Count == 0)) return (true, []);

        var policy = await AuthorizationPolicy.CombineAsync(provider, authorize, policies)
            ?? throw new InvalidOperationException($"No policy for {endpoint.DisplayName}.");
        var roles = new List<IReadOnlySet<string>>();
        foreach (var requirement in policy.Requirements)
        {
            switch (requirement)
            {
                case RolesAuthorizationRequirement r:
                    roles.Add(r.AllowedRoles.ToHashSet());
                    break;
                case DenyAnonymousAuthorizationRequirement:
                    break;
                default:
                    // A requirement the matrix cannot reason about must be taught to it, not silently passed.
                    throw new InvalidOperationException($"{endpoint.DisplayName}: authorization requirement {requirement.GetType().Name} is unknown to the matrix.");
            }
        }
        return (false, roles);
    }

    /// <summary>The path of a handler with its route parameters filled; null when a required parameter has no value.</summary>
    public static string? Path(EndpointHandler handler, Func<string, string?> value)
    {
        var segments = new List<string>();
        foreach (var segment in handler.Pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal: text += literal.Content; break;
                    case RoutePatternSeparatorPart separator: text += separator.Content; break;
                    case RoutePatternParameterPart parameter:
                        var filled = parameter.IsCatchAll ? value(parameter.Name) ?? "" : value(parameter.Name);
                        if (filled is null && !parameter.IsOptional) return null;
                        text += filled is null ? "" : Uri.EscapeDataString(filled);
                        break;
                }
            }
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }
}
