using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Reports.Schedules;

namespace Sermo.Worker.Http;

/// <summary>
/// The one log line of a request that failed (decision 115). It names the route's template
/// (<c>/api/clients/{client}/reports/{report}/{file}</c>), never the path, which for a report file holds the report id,
/// nor the query string (a search's text); the exception goes through <see cref="ReportLogText"/> with every route,
/// query and form value of the request hidden, as its message may repeat them or name a file of the report's folder.
/// </summary>
internal static partial class RequestFailureLog
{
    public static void Write(HttpContext http, Endpoint? endpoint, RouteValueDictionary? routeValues, Exception? error, string trace)
    {
        var services = http.RequestServices;
        var redacted = error is null ? null : services.GetRequiredService<ReportLogText>().Redact(error, [], RequestValues(http, routeValues));
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpHardening))
            .LogError(redacted, "Request {Method} {Route} failed (trace {Trace})", http.Request.Method, RouteOf(endpoint), trace);
    }

    /// <summary>
    /// Outside the exception handler: a failure after the answer started (a report file that breaks mid-stream) cannot
    /// become a problem answer, and rethrown it reaches Kestrel, which logs it as it is. It is logged here instead and the
    /// connection aborted, which tells the client the answer is incomplete.
    /// </summary>
    public static async Task AfterResponseStartedAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception ex) when (http.Response.HasStarted && !(ex is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            Write(http, http.GetEndpoint(), http.Request.RouteValues, ex, Activity.Current?.Id ?? http.TraceIdentifier);
            http.Abort();
        }
    }

    /// <summary>The route's template as mapped; a request that matched none says so.</summary>
    public static string RouteOf(Endpoint? endpoint) => endpoint switch
    {
        RouteEndpoint { RoutePattern.RawText: { } template } => template,
        null => "(no route)",
        _ => endpoint.DisplayName ?? "(unnamed endpoint)",
    };

    /// <summary>Route values, query values and their words, and the form if it was read: what the caller sent.</summary>
    private static List<string> RequestValues(HttpContext http, RouteValueDictionary? routeValues)
    {
        var values = new List<string>();
        foreach (var (_, value) in routeValues ?? http.Request.RouteValues)
        {
            if (value is string text)
            {
                values.Add(text);
            }
        }

        var sent = http.Request.Query.SelectMany(q => q.Value).ToList();
        if (http.Features.Get<IFormFeature>() is { Form: { } form })
        {
            sent.AddRange(form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal)).SelectMany(f => f.Value));
        }

        foreach (var value in sent.OfType<string>())
        {
            // A query "eliquis AND bleeding" may come back in a message as "eliquis" alone.
            values.Add(value);
            values.AddRange(Word().Matches(value).Select(m => m.Value).Where(w => w.Length > 1));
        }

        return values;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
