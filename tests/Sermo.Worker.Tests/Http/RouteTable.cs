using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;

namespace Sermo.Worker.Tests.Http;

/// <summary>One request the route table says the host answers: a concrete path for a route and one of its methods.</summary>
internal sealed record RoutedRequest(string Route, string Method, string Path, string? Policy, bool Anonymous, bool Public)
{
    public bool IsPortal => PortalPolicies.IsPortalPolicy(Policy);

    public bool IsForum => Route.StartsWith("/forum", StringComparison.Ordinal) || Route.StartsWith("/api/forum", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>
/// Every endpoint of a running host, read from its <see cref="EndpointDataSource"/> (what routing itself matches), each
/// with the access it declares and a concrete path: route values from <paramref name="values"/>, <c>1</c> otherwise.
/// </summary>
internal static class RouteTable
{
    public static IReadOnlyList<RoutedRequest> Read(IServiceProvider services, IReadOnlyDictionary<string, string> values)
    {
        var requests = new List<RoutedRequest>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var metadata = endpoint.Metadata;
            var policy = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var isPublic = metadata.GetMetadata<PublicEndpoint>() is not null;
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } listed ? listed : PageMethods(services, metadata);
            var path = Path(endpoint.RoutePattern, values);
            requests.AddRange(methods.Select(m => new RoutedRequest(route, m, path, policy, anonymous, isPublic)));
        }

        return requests.DistinctBy(r => (r.Route, r.Method)).OrderBy(r => r.Route, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// GET, and POST for a Razor page with post handlers (its forms): a page's route carries no method metadata, and its
    /// handlers are known only once the compiled page is loaded.
    /// </summary>
    private static IReadOnlyList<string> PageMethods(IServiceProvider services, EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<PageActionDescriptor>() is not { } page)
        {
            return [HttpMethods.Get];
        }

        var compiled = services.GetRequiredService<PageLoader>().LoadAsync(page, metadata).GetAwaiter().GetResult();
        return [.. compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Prepend(HttpMethods.Get).Distinct()];
    }

    private static string Path(RoutePattern pattern, IReadOnlyDictionary<string, string> values)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(values.GetValueOrDefault(parameter.Name, "1")),
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }
}
