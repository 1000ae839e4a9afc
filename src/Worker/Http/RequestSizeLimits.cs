using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Sermo.Worker.Http;

/// <summary>
/// The API's bounds on a request's target, headers and declared body, answered as problem+json (414, 431, 413) like every
/// other error.
/// Kestrel refuses what exceeds its own limits before any middleware runs, with an empty body: its limits are set
/// to a multiple of these, so a request the API refuses reaches this check, and only a far larger one gets
/// Kestrel's bare answer (the fuzz run found Kestrel's empty 414 at its default 8 KiB request line).
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>Longest request target (path and query, as sent) the API reads.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>Largest total of header names and values the API reads.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's own limits, four times the API's.</summary>
    public static void Configure(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxRequestLineSize = MaxTargetBytes * 4;
        limits.MaxRequestHeadersTotalSize = MaxHeaderBytes * 4;
    }

    /// <param name="maxBodyBytes">Largest body (<c>Serve:MaxRequestBodyBytes</c>); the push source enforces its own batch limit.</param>
    public static Task CheckAsync(HttpContext http, RequestDelegate next, long maxBodyBytes)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length > MaxTargetBytes)
        {
            return Results.Problem(title: "Request target too long",
                detail: $"The path and query are {target.Length:N0} characters; the API reads at most {MaxTargetBytes:N0}. Send long queries in fewer parameters.",
                statusCode: StatusCodes.Status414UriTooLong).ExecuteAsync(http);
        }

        var headers = http.Request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0));
        if (headers > MaxHeaderBytes)
        {
            return Results.Problem(title: "Request headers too large",
                detail: $"The headers are {headers:N0} characters; the API reads at most {MaxHeaderBytes:N0}.",
                statusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge).ExecuteAsync(http);
        }

        // A body whose declared length is past the limit is refused before anything reads it: otherwise a form reader
        // (the antiforgery check) meets Kestrel's limit first and answers a misleading 400.
        if (http.Request.ContentLength > maxBodyBytes && !http.Request.Path.StartsWithSegments(PushEndpoints.Path, StringComparison.Ordinal))
        {
            return Results.Problem(title: "Request body too large",
                detail: $"The body is {http.Request.ContentLength:N0} bytes; the host reads at most {maxBodyBytes:N0} (Serve:MaxRequestBodyBytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);
        }

        return next(http);
    }
}
