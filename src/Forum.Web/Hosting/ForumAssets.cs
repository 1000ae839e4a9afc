using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sermo.Forum.Web.Hosting;

/// <summary>The forum's stylesheet and script, embedded in the assembly and served from the host (no CDN).</summary>
public static class ForumAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["forum.css"] = (Read("forum.css"), "text/css; charset=utf-8"),
        ["forum.js"] = (Read("forum.js"), "text/javascript; charset=utf-8"),
    };

    public static IEndpointRouteBuilder MapForumAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(ForumPaths.Assets + "/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(file.Bytes, file.ContentType);
        }).AllowAnonymous();
        return app;
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sermo.Forum.Web.Assets." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing from Sermo.Forum.Web.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
