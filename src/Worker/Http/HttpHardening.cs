using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Sermo.Worker.Http;

/// <summary>
/// What every answer of <c>serve</c> shares, whatever the route: errors as problem+json (RFC 9457) with no stack
/// trace, a request for another host name refused (DNS rebinding), and security headers.
/// </summary>
public static class HttpHardening
{
    /// <summary>For every route but Hangfire's dashboard, which runs its own scripts and styles.</summary>
    private const string ApiContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The <c>Serve</c> options, validated when the host starts (a bad value is exit 2 naming the key).</summary>
    public static IHostApplicationBuilder AddServeOptions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ServeOptions>().BindConfiguration(ServeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    public static IServiceCollection AddHttpHardening(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // A parameter that does not bind (size=abc, from=2026-13-01) throws, so the handler below names it in a 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>First in the pipeline: everything after it is covered.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteErrorAsync, StatusCodeSelector = StatusOf });
        // 404, 405 and the like, which have no body of their own, get a problem body too.
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.Use(RequestSizeLimits.CheckAsync);
        var allowed = options.EffectiveAllowedHosts;
        app.Use((http, next) => IsAllowedHost(http.Request.Host, allowed) ? next(http) : RefuseHostAsync(http, allowed));
        return app;
    }

    public static bool IsAllowedHost(HostString host, IReadOnlyList<string> allowed) =>
        host.HasValue && allowed.Contains(host.Host, StringComparer.OrdinalIgnoreCase);

    private static Task RefuseHostAsync(HttpContext http, IReadOnlyList<string> allowed) =>
        Results.Problem(
            title: "Host not served",
            detail: $"This API answers requests for {string.Join(", ", allowed)} only (Serve:AllowedHosts).",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);

    private static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // A route that set its own (a report file's sandbox policy) keeps it.
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            headers.TryAdd("Cross-Origin-Resource-Policy", "same-origin");
            headers.TryAdd(HeaderNames.ContentSecurityPolicy,
                path.StartsWithSegments(JobsDashboard.Path, StringComparison.OrdinalIgnoreCase) ? "frame-ancestors 'none'" : ApiContentSecurityPolicy);
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
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
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
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
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpHardening))
                .LogError(error, "Request {Method} {Path} failed (trace {Trace})", http.Request.Method, http.Request.Path, trace);
            problem = Results.Problem(title: "Internal error", detail: $"The request failed; operators can find it in the log by trace id {trace}.",
                statusCode: StatusCodes.Status500InternalServerError, extensions: new Dictionary<string, object?> { ["traceId"] = trace });
        }

        await problem.ExecuteAsync(http);
    }
}
