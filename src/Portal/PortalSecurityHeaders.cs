using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sermo.Portal;

/// <summary>
/// Headers on every response of the host but the forum's (it sets its own): a CSP with no inline script or style and no
/// framing, X-Frame-Options DENY, nosniff, no referrer. A response that already chose a CSP keeps it (report files are
/// sandboxed). Hangfire's dashboard at <c>/jobs</c> runs inline scripts, so it gets frame denial and nosniff but no CSP.
/// </summary>
public static class PortalSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/forum", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.OnStarting(() =>
                {
                    Apply(http);
                    return Task.CompletedTask;
                });
            }

            return next(http);
        });
    }

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        if (!headers.ContainsKey("Content-Security-Policy") && !http.Request.Path.StartsWithSegments("/jobs", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
