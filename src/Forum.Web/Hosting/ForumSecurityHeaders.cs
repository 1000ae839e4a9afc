using Microsoft.AspNetCore.Http;

namespace Sermo.Forum.Web.Hosting;

/// <summary>Headers on every forum response: a CSP without inline script or style, no framing, no sniffing, no caching of private pages.</summary>
internal static class ForumSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (!http.Request.Path.StartsWithSegments(ForumPaths.Assets, StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }
    }
}
