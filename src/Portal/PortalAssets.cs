using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sermo.Portal.Access;

namespace Sermo.Portal;

/// <summary>The portal's stylesheet and scripts, embedded in the assembly and served from the host (no CDN).</summary>
public static class PortalAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["portal.css"] = (Read("portal.css"), "text/css; charset=utf-8"),
        ["api-docs.js"] = (Read("api-docs.js"), "text/javascript; charset=utf-8"),
    };

    public static IEndpointRouteBuilder MapPortalAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalPaths.Assets + "/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(file.Bytes, file.ContentType);
        })
            .AllowAnonymous()
            .WithMetadata(new PublicEndpoint("stylesheet and scripts the sign-in page needs"))
            .ExcludeFromDescription();
        return app;
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sermo.Portal.Assets." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing from Sermo.Portal.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
