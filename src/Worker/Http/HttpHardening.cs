using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Http;

/// <summary>
/// What every answer of <c>serve</c> shares, whatever the route, in one place: errors as problem+json (RFC 9457) with no
/// stack trace, size limits (414, 431, 413) answered the same way, a request for another host name refused (DNS
/// rebinding; <see cref="ServeOptions.AllowedHosts"/>), and security headers.
/// </summary>
public static class HttpHardening
{
    /// <summary>API answers are data, never a document: nothing may load, frame or post from them.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Pages (the portal, the API docs): scripts and styles from this host's files only, nothing inline, no framing.</summary>
    public const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Hangfire's dashboard runs inline scripts and styles of its own: framing is all that is denied.</summary>
    private const string JobsContentSecurityPolicy = "frame-ancestors 'none'";

    public static IServiceCollection AddHttpHardening(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // A parameter that does not bind (size=abc, from=2026-13-01) throws, so the handler below names it in a 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>First in the pipeline (after forwarded headers): everything after it is covered.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.Use(RequestFailureLog.AfterResponseStartedAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteErrorAsync,
            StatusCodeSelector = StatusOf,
            // The middleware's own line ("An unhandled exception has occurred…") carries the exception as it was, whose
            // message can name a report's file; WriteErrorAsync logs it once, redacted (decision 115).
            SuppressDiagnosticsCallback = static _ => true,
        });
        // 404, 405 and the like, which have no body of their own, get a problem body too.
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        var maxBody = options.MaxRequestBodyBytes;
        app.Use((http, next) => RequestSizeLimits.CheckAsync(http, next, maxBody));
        var allowed = options.EffectiveAllowedHosts;
        app.Use((http, next) => IsAllowedHost(http.Request.Host, allowed) ? next(http) : RefuseHostAsync(http, allowed));
        return app;
    }

    public static bool IsAllowedHost(HostString host, IReadOnlyList<string> allowed) =>
        host.HasValue && allowed.Contains(host.Host, StringComparer.OrdinalIgnoreCase);

    private static Task RefuseHostAsync(HttpContext http, IReadOnlyList<string> allowed) =>
        Results.Problem(
            title: "Host not served",
            detail: $"This host answers requests for {string.Join(", ", allowed)} only (Serve:AllowedHosts).",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);

    /// <summary>
    /// Added when the answer starts, and only where the route set none of its own: the forum's pages keep theirs, a
    /// report file keeps its sandbox policy.
    /// </summary>
    private static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var api = path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            // Set, not added: antiforgery sets SAMEORIGIN on every page with a form, and no page here may be framed.
            headers.XFrameOptions = "DENY";
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            headers.TryAdd("Cross-Origin-Resource-Policy", "same-origin");
            headers.TryAdd(HeaderNames.ContentSecurityPolicy,
                path.StartsWithSegments(JobsDashboard.Path, StringComparison.OrdinalIgnoreCase) ? JobsContentSecurityPolicy
                : api ? ApiContentSecurityPolicy : PageContentSecurityPolicy);
            if (api)
            {
                headers.TryAdd(HeaderNames.CacheControl, "no-store");
            }

            return Task.CompletedTask;
        });
        return next(http);
    }

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// A request Kestrel or the routing refused (body over its limit, a parameter that does not bind) keeps its status and
    /// says why; anything else is a 500 that names only the trace id the log line carries.
    /// </summary>
    private static async Task WriteErrorAsync(HttpContext http)
    {
        var feature = http.Features.Get<IExceptionHandlerFeature>();
        var error = feature?.Error;
        var trace = Activity.Current?.Id ?? http.TraceIdentifier;
        IResult problem;
        if (error is BadHttpRequestException bad)
        {
            problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Results.Problem(title: "Request body too large", detail: bad.Message, statusCode: bad.StatusCode)
                : Results.Problem(title: "Bad request", detail: bad.Message, statusCode: bad.StatusCode);
        }
        else
        {
            RequestFailureLog.Write(http, feature?.Endpoint, feature?.RouteValues, error, trace);
            problem = Results.Problem(title: "Internal error", detail: $"The request failed; operators can find it in the log by trace id {trace}.",
                statusCode: StatusCodes.Status500InternalServerError, extensions: new Dictionary<string, object?> { ["traceId"] = trace });
        }

        await problem.ExecuteAsync(http);
    }
}
