using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sermo.Forum.Feed;

namespace Sermo.Forum.Web.Feed;

/// <summary>
/// The change feed for a forum deployed apart from the ingest host: <c>GET /api/forum/feed?after=&amp;limit=</c> and
/// <c>GET /api/forum/feed/handles</c>, for the service token only (<c>Authorization: Bearer …</c>, compared in constant
/// time). Off (404) while <c>Forum:Feed:Token</c> is unset. Authors are the feed's keyed tokens, as in-process.
/// </summary>
public static class FeedEndpoints
{
    public const int MaxLimit = 5000;

    public static IEndpointRouteBuilder MapForumFeed(this IEndpointRouteBuilder app)
    {
        // No account scheme: the handlers check the service token themselves.
        app.MapGet("/api/forum/feed", ReadAsync).AllowAnonymous();
        app.MapGet("/api/forum/feed/handles", HandlesAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ReadAsync(HttpContext http, ForumChangeFeed feed, IOptions<FeedEndpointOptions> options, string? after, string? limit, CancellationToken ct)
    {
        if (Refuse(http, options.Value) is { } refused)
        {
            return refused;
        }

        // Parsed here rather than bound as numbers: a binding failure answers 400 before the token check (telling an
        // anonymous caller the feed is on) and logs an exception for what is only bad input.
        if (!TryParse(after, 0L, out var cursor) || cursor < 0 || !TryParse(limit, 500, out var pageSize) || pageSize is < 1 or > MaxLimit)
        {
            return Results.Problem(title: "Bad parameter", detail: $"after is a cursor >= 0; limit is 1..{MaxLimit}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var page = await feed.ReadAsync(cursor, pageSize, ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(page, ForumFeedJson.Options);
    }

    private static async Task<IResult> HandlesAsync(HttpContext http, ForumChangeFeed feed, IOptions<FeedEndpointOptions> options, CancellationToken ct)
    {
        if (Refuse(http, options.Value) is { } refused)
        {
            return refused;
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(await feed.GetMemberHandlesAsync(ct), ForumFeedJson.Options);
    }

    private static bool TryParse<T>(string? text, T absent, out T value) where T : struct, IBinaryInteger<T>
    {
        if (string.IsNullOrEmpty(text))
        {
            value = absent;
            return true;
        }

        return T.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static IResult? Refuse(HttpContext http, FeedEndpointOptions options)
    {
        if (string.IsNullOrEmpty(options.Token))
        {
            return Results.NotFound();
        }

        const string scheme = "Bearer ";
        var header = http.Request.Headers.Authorization.ToString();
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        // Hashes first, so the comparison takes the same time whatever the lengths.
        var matches = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(options.Token)));
        return matches ? null : Results.Problem(title: "Service token required", statusCode: StatusCodes.Status401Unauthorized);
    }
}
