using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Every route of <c>serve</c> and its parameters, paths and headers, over real Kestrel: no answer is a 5xx, and every
/// error is problem+json (RFC 9457), never an empty body or a stack trace.
/// </summary>
internal static class ApiFuzz
{
    public const string Target = "HTTP API";

    private static readonly string[] SearchParameters = ["q", "from", "to", "interval", "sort", "size", "cursor"];
    private static readonly string[] Intervals = ["day", "week", "month", "Month", "year", "1", "-1", "Week,day", "%00", ""];
    private static readonly HttpMethod[] Methods = [HttpMethod.Get, HttpMethod.Get, HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Head, HttpMethod.Options, HttpMethod.Patch];

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        for (var i = 0; i < count; i++)
        {
            HttpRequestMessage request;
            try
            {
                request = Request(world, text);
            }
            catch (UriFormatException)
            {
                findings.Tried(Target, "not sendable: UriFormatException");
                continue;
            }

            using var sent = request;
            var described = $"{request.Method} {request.RequestUri} host={request.Headers.Host} auth={request.Headers.Authorization}";
            if (await findings.SendAsync(world.Http, request, Target) is not { } response)
            {
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status == 400 && body.Length == 0 && response.Headers.ConnectionClose == true)
                {
                    // Kestrel refused the request line or headers (a NUL in the path, an empty Host) before any
                    // middleware ran, and closed the connection: documented in README as the one empty-bodied answer.
                    findings.Tried(Target, "400 from Kestrel itself (malformed request line or headers)");
                    continue;
                }

                findings.Tried(Target, $"{request.Method.Method} {Route(request.RequestUri!)} → {status}");
                if (status >= 500)
                {
                    findings.Failed(Target, described, $"{status}: {FuzzFindings.Shown(body)}");
                }
                else if (status >= 400 && request.Method != HttpMethod.Head && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    findings.Failed(Target, described, $"{status} answered as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem+json");
                }

                if (body.Contains("   at Sermo.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
                {
                    findings.Failed(Target, described, "the answer carries a stack trace");
                }
            }
        }
    }

    private static HttpRequestMessage Request(FuzzWorld world, FuzzText text)
    {
        var path = text.Next(12) switch
        {
            < 4 => "/api/search?" + SearchQuery(text),
            4 or 5 => $"/api/clients/{Segment(text, FuzzWorld.Client)}/reports" + (text.Chance(0.6) ? $"/{Segment(text, world.ReportName)}/{Segment(text, "report.html")}" : ""),
            6 => text.Chance(0.5) ? "/forum/watched-topics.json" : "/forum/watched-topics",
            7 => "/api/ingest/posts",
            8 => "/jobs" + (text.Chance(0.5) ? "/" + Uri.EscapeDataString(text.Junk()) : ""),
            // The client's released heat map (added after the 2026-12-02 run) and its interval.
            9 => $"/api/clients/{Segment(text, FuzzWorld.Client)}/heatmap" + (text.Chance(0.8) ? "?interval=" + Uri.EscapeDataString(text.Chance(0.5) ? text.Pick(Intervals) : text.Value()) : ""),
            10 => text.Pick(new[] { "/api/forum/feed", "/api/forum/feed/handles", "/api/operator/health", "/api/operator/ingest", "/health", "/openapi/v1.json" })
                + (text.Chance(0.6) ? "?" + string.Join('&', new[] { "after", "limit" }.Where(_ => text.Chance(0.7)).Select(p => p + "=" + Uri.EscapeDataString(text.Value()))) : ""),
            _ => "/" + string.Join('/', Enumerable.Range(0, text.Next(1, 5)).Select(_ => Uri.EscapeDataString(text.Junk(4)))),
        };
        var request = new HttpRequestMessage(text.Pick(Methods), new Uri(path, UriKind.Relative));
        switch (text.Next(6))
        {
            case 0:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", world.ClientKey);
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + text.Junk());
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text.Junk() + ":" + text.Junk())));
                break;
            case 3:
                request.Headers.TryAddWithoutValidation("Authorization", text.Junk());
                break;
        }

        if (text.Chance(0.1))
        {
            request.Headers.TryAddWithoutValidation("Host", text.Pick(new[] { "evil.example", "localhost", "127.0.0.1", "[::1]", "0.0.0.0", "LOCALHOST", "127.0.0.1.", "" }));
        }

        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && text.Chance(0.7))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.Junk(50)));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", text.Pick(new[] { "application/json", "text/plain", "application/x-ndjson", text.Junk(3) }));
        }

        return request;
    }

    private static string SearchQuery(FuzzText text)
    {
        var parameters = new List<string>();
        var count = text.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            var name = text.Chance(0.85) ? text.Pick(SearchParameters) : text.Junk(2);
            var value = name == "q" && text.Chance(0.7) ? text.Query() : text.Value();
            parameters.Add(Uri.EscapeDataString(name) + (text.Chance(0.95) ? "=" + Uri.EscapeDataString(value) : ""));
        }

        return string.Join('&', parameters);
    }

    /// <summary>The real value most of the time, else something near it or hostile.</summary>
    private static string Segment(FuzzText text, string real) => text.Next(5) switch
    {
        0 or 1 or 2 => real,
        3 => Uri.EscapeDataString(text.Pick(new[] { "..", "../..", ".staging", ".old", "..%2f..", "manifest.json", real + "/..", "%2e%2e" })),
        _ => Uri.EscapeDataString(text.Junk(5)),
    };

    private static string Route(Uri uri)
    {
        // Sending makes the request's address absolute: classify by its path, not the whole URL (before 2026-12-03 every
        // route but the watched-topics pages was counted as "other").
        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        return path.StartsWith("/api/search", StringComparison.Ordinal) ? "/api/search"
            : path.StartsWith("/api/clients/", StringComparison.Ordinal) && path.EndsWith("/heatmap", StringComparison.Ordinal) ? "/api/clients/…/heatmap"
            : path.StartsWith("/api/clients/", StringComparison.Ordinal) ? "/api/clients/…"
            : path.StartsWith("/api/forum/feed", StringComparison.Ordinal) ? "/api/forum/feed"
            : path.StartsWith("/api/ingest/", StringComparison.Ordinal) ? "/api/ingest/posts"
            : path.StartsWith("/jobs", StringComparison.Ordinal) ? "/jobs"
            : path.Contains("watched-topics", StringComparison.Ordinal) ? path
            : "other";
    }
}
