using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sermo.Forum.Web.Auth;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Http;

/// <summary>
/// Privacy rule 4, the members' side: physicians can see which topics clients watch. Only the union of watched term
/// labels is shown, alphabetically, with no client name, kind or count. Only signed-in verified members may read it
/// (the forum's member policy, under /forum so the forum's cookie reaches it): anyone else, a client above all, could
/// take its own labels away from the union and read the other clients' watchlists (docs/privacy.md, P4).
/// </summary>
public static class MemberEndpoints
{
    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933}" +
        "h1{font-size:1.4rem}ul{columns:2;padding-left:1.2rem}p{color:#52606d}";

    /// <summary>The page's one style block by its hash, so the page keeps no inline script and no other inline style.</summary>
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The page members read.</summary>
    public const string PagePath = "/forum/watched-topics";

    /// <summary>The same list as JSON, for the members' API.</summary>
    public const string JsonPath = "/forum/watched-topics.json";

    public static IEndpointRouteBuilder MapMemberTransparency(this IEndpointRouteBuilder app)
    {
        app.MapGet(JsonPath, async (IClientRegistry clients, CancellationToken ct) =>
            Results.Ok(new { topics = await WatchedTopicsAsync(clients, ct) })).RequireAuthorization(ForumAuth.MemberPolicy);
        app.MapGet(PagePath, async (HttpContext http, IClientRegistry clients, CancellationToken ct) =>
        {
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.Content(Page(await WatchedTopicsAsync(clients, ct)), "text/html; charset=utf-8");
        }).RequireAuthorization(ForumAuth.MemberPolicy);
        return app;
    }

    public static async Task<IReadOnlyList<string>> WatchedTopicsAsync(IClientRegistry clients, CancellationToken cancellationToken) =>
        (await clients.ListAsync(cancellationToken))
            .SelectMany(c => c.Watchlist.Terms.Select(t => t.Label.Trim()))
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A self-contained page (no scripts, no external requests); every label is HTML-encoded.</summary>
    private static string Page(IReadOnlyList<string> topics)
    {
        var html = new StringBuilder($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Topics clients follow · Sermo</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>{{Style}}</style></head><body>
            <h1>Topics clients follow</h1>
            <p>Clients of Sermo see counts and trends for these topics, built from anonymized posts; each count is blurred
            with random noise and shown only where its noisy number of physicians reaches at least five. They never see who
            posted, and this list does not say which client follows what.</p>
            """);
        if (topics.Count == 0)
        {
            html.Append("<p id=\"none\">No client follows any topic yet.</p>");
        }
        else
        {
            html.Append("<ul id=\"topics\">");
            foreach (var topic in topics)
            {
                html.Append("<li>").Append(HtmlEncoder.Default.Encode(topic)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</body></html>").ToString();
    }
}
